# Writes a manual page from its hand-written frame (NAME.1.in) and the program's own --help,
# so the page and the program cannot disagree. Run at build time:
#   cmake -DPROGRAM=... -DTEMPLATE=... -DOUTPUT=... -DVERSION=... -P ManPage.cmake
cmake_minimum_required(VERSION 3.25)
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{LC_ALL} C.UTF-8) # the English --help, whatever the builder's locale
unset(ENV{LANGUAGE})
set(ENV{ASAN_OPTIONS} "detect_leaks=0:$ENV{ASAN_OPTIONS}") # a sanitizer build runs --help here too
execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE help RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR help STREQUAL "")
  message(FATAL_ERROR "${PROGRAM} --help failed (${rc}): ${err}")
endif()
# The program's name, not the build folder it ran from (QCommandLineParser prints argv[0]).
get_filename_component(name "${PROGRAM}" NAME)
string(REPLACE "${PROGRAM}" "${name}" help "${help}")
# troff: a backslash is \e, a minus is \-, a line must not begin with . or '
string(REPLACE "\\" "\\e" help "${help}")
string(REPLACE "-" "\\-" help "${help}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
string(REGEX REPLACE "\n+$" "" help "${help}")
file(READ "${TEMPLATE}" page)
string(REPLACE "@HELP@" "${help}" page "${page}")
string(REPLACE "@VERSION@" "${VERSION}" page "${page}")
string(TIMESTAMP date "%Y-%m-%d" UTC) # honours SOURCE_DATE_EPOCH for a reproducible package
string(REPLACE "@DATE@" "${date}" page "${page}")
file(WRITE "${OUTPUT}" "${page}")
