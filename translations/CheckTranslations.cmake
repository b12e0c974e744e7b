# A test: every message in the sources has a bokmål translation. Runs lupdate over the
# sources into a copy of the .ts (the checked-in file is never touched) and fails naming the
# messages left unfinished: a new or changed message that nobody translated yet.
# In: LUPDATE, GENERATE_PROJECT (Qt's GenerateLUpdateProject.cmake), PROJECT_CMAKE, TS, WORK.
file(MAKE_DIRECTORY ${WORK})
file(COPY_FILE ${TS} ${WORK}/check.ts)
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_CMAKE} -DOUT_FILE=${WORK}/project.json
                        -P ${GENERATE_PROJECT} RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "could not write the lupdate project (${rc})")
endif()
execute_process(COMMAND ${LUPDATE} -project ${WORK}/project.json -ts ${WORK}/check.ts -no-obsolete
                        -locations none RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(rc)
  message(FATAL_ERROR "lupdate failed (${rc}): ${out}")
endif()
file(READ ${WORK}/check.ts ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
if(count GREATER 0)
  string(REPLACE ";" "\n" list "${unfinished}")
  message(FATAL_ERROR "${count} message(s) without a bokmål translation (run the update_translations target, "
                      "then tools/fold-translations.py with their translations/pending/*.tsv lines):\n${list}")
endif()
message(STATUS "every message translated: ${out}")
