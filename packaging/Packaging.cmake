# Installation rules and the Debian package (CPack) for Fellesvedtak.
#
# Included from the top-level CMakeLists.txt after the targets exist:
#     include(packaging/Packaging.cmake)
# Build the package with `cmake --build build --target package` or `cd build && cpack -G DEB`.
# See packaging/README.md.

include(GNUInstallDirs)

set(FV_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(FV_APP_ID "no.fhi.Fellesvedtak")

# --- Programs ---------------------------------------------------------------------------------

foreach(_fv_target IN ITEMS fellesvedtak fellesvedtak-cli)
    if(TARGET ${_fv_target})
        install(TARGETS ${_fv_target} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    else()
        message(STATUS "Packaging: no target '${_fv_target}', it is not installed")
    endif()
endforeach()
unset(_fv_target)

# --- Manual pages: fellesvedtak(1) and fellesvedtak-cli(1) ------------------------------------

# Made at build time from docs/man/*.1.in and each program's own --help (docs/man/ManPage.cmake),
# installed gzipped as Debian wants them; CTest checks that `man -l` renders them and that they
# name every command and option of --help.
set(FV_MAN_DIR "${CMAKE_BINARY_DIR}/man")
foreach(_fv_page IN ITEMS fellesvedtak fellesvedtak-cli)
    if(NOT TARGET ${_fv_page})
        continue()
    endif()
    set(_fv_src "${PROJECT_SOURCE_DIR}/docs/man/${_fv_page}.1.in")
    add_custom_command(
        OUTPUT "${FV_MAN_DIR}/${_fv_page}.1" "${FV_MAN_DIR}/${_fv_page}.1.gz"
        COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${_fv_page}> -DTEMPLATE=${_fv_src}
                -DOUTPUT=${FV_MAN_DIR}/${_fv_page}.1 -DVERSION=${PROJECT_VERSION}
                -P "${PROJECT_SOURCE_DIR}/docs/man/ManPage.cmake"
        COMMAND gzip -9nf -k "${FV_MAN_DIR}/${_fv_page}.1"
        DEPENDS ${_fv_page} "${_fv_src}" "${PROJECT_SOURCE_DIR}/docs/man/ManPage.cmake"
        COMMENT "Manual page ${_fv_page}(1)")
    list(APPEND _fv_man_pages "${FV_MAN_DIR}/${_fv_page}.1.gz")
    install(FILES "${FV_MAN_DIR}/${_fv_page}.1.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    if(FV_BUILD_TESTS)
        add_test(NAME "ManPage:${_fv_page}"
                 COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${_fv_page}> -DPAGE=${FV_MAN_DIR}/${_fv_page}.1
                         -P "${PROJECT_SOURCE_DIR}/docs/man/CheckManPage.cmake")
        set_tests_properties("ManPage:${_fv_page}" PROPERTIES SKIP_REGULAR_EXPRESSION "SKIPPED:")
    endif()
endforeach()
if(_fv_man_pages)
    add_custom_target(man-pages ALL DEPENDS ${_fv_man_pages})
endif()
unset(_fv_page)
unset(_fv_src)

# --- Desktop integration ----------------------------------------------------------------------

install(FILES "${FV_PACKAGING_DIR}/${FV_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${FV_PACKAGING_DIR}/${FV_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${FV_PACKAGING_DIR}/${FV_APP_ID}.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# --- Debian documentation: copyright, changelog, lintian override ----------------------------

# Debian wants /usr/share/doc/<package>/copyright (the licence, in the machine-readable format) and a
# changelog.gz. Both are written into the build tree at configure time.
set(FV_LICENSE_FILE "${FV_PACKAGING_DIR}/../LICENSE")
set(FV_DEB_DOC_DIR "${CMAKE_BINARY_DIR}/packaging-deb")
set(FV_DEB_DOC_DEST ${CMAKE_INSTALL_DATADIR}/doc/fellesvedtak)
file(MAKE_DIRECTORY "${FV_DEB_DOC_DIR}")

if(EXISTS "${FV_LICENSE_FILE}")
    file(READ "${FV_LICENSE_FILE}" _fv_licence)
    # Continuation lines start with a space; empty lines become " .".
    string(REGEX REPLACE "\n\n" "\n.\n" _fv_licence "${_fv_licence}")
    string(REGEX REPLACE "\n\n" "\n.\n" _fv_licence "${_fv_licence}")
    string(REGEX REPLACE "\n$" "" _fv_licence "${_fv_licence}")
    string(REPLACE "\n" "\n " _fv_licence "${_fv_licence}")
    file(WRITE "${FV_DEB_DOC_DIR}/copyright"
"Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Fellesvedtak
Upstream-Contact: Helsedataservice <helsedataservice@fhi.no>

Files: *
Copyright: Helsedataservice, Folkehelseinstituttet
License: EUPL-1.2

License: EUPL-1.2
 ${_fv_licence}
")
    unset(_fv_licence)
    install(FILES "${FV_DEB_DOC_DIR}/copyright" DESTINATION ${FV_DEB_DOC_DEST})
endif()

# The date honours SOURCE_DATE_EPOCH, so the package can be rebuilt bit for bit.
string(TIMESTAMP _fv_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
file(WRITE "${FV_DEB_DOC_DIR}/changelog"
"fellesvedtak (${PROJECT_VERSION}) unstable; urgency=medium

  * Release ${PROJECT_VERSION}. The release notes are in
    /usr/share/metainfo/${FV_APP_ID}.metainfo.xml.

 -- Helsedataservice <helsedataservice@fhi.no>  ${_fv_date}
")
unset(_fv_date)
find_program(FV_GZIP gzip)
if(FV_GZIP)
    execute_process(COMMAND "${FV_GZIP}" -9nf "${FV_DEB_DOC_DIR}/changelog" RESULT_VARIABLE _fv_gzip_rc)
    if(_fv_gzip_rc EQUAL 0)
        install(FILES "${FV_DEB_DOC_DIR}/changelog.gz" DESTINATION ${FV_DEB_DOC_DEST})
    endif()
    unset(_fv_gzip_rc)
endif()

# The EUPL's appendix names the LGPL among the compatible licences; that is not a licence of this
# package, so lintian's hint to point at /usr/share/common-licenses/LGPL does not apply.
file(WRITE "${FV_DEB_DOC_DIR}/fellesvedtak.lintian-overrides"
"# The EUPL appendix lists the LGPL as a compatible licence; the package is not under the LGPL.
fellesvedtak: copyright-not-using-common-license-for-lgpl
")
install(FILES "${FV_DEB_DOC_DIR}/fellesvedtak.lintian-overrides"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME fellesvedtak)

# --- CPack: Debian package --------------------------------------------------------------------

set(CPACK_PACKAGE_NAME "fellesvedtak")
set(CPACK_PACKAGE_VENDOR "Helsedataservice, Folkehelseinstituttet")
set(CPACK_PACKAGE_CONTACT "Helsedataservice <helsedataservice@fhi.no>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "casework for applications for access to health registry data")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://www.helsedata.no/")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "fellesvedtak")
if(EXISTS "${FV_LICENSE_FILE}")
    set(CPACK_RESOURCE_FILE_LICENSE "${FV_LICENSE_FILE}")
endif()

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME "fellesvedtak")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Helsedataservice <helsedataservice@fhi.no>")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY on the synopsis line and formats this text as the
# extended description (it indents each line and turns an empty line into " .").
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Fellesvedtak is the desktop caseworker application of Helsedataservice. It
helps advisers, lawyers and decision-makers prepare, assess and decide
applications for access to data from the central Norwegian health
registries: one application, one joint decision for all the registries
asked for, approved by a second person.

The package holds the program (fellesvedtak) and a command-line tool
(fellesvedtak-cli). The program stores application and case data only,
never health data.")
# dpkg-shlibdeps works out the Qt and C++ runtime libraries; these are what it cannot see:
# the SQLite driver Qt loads as a plugin, and the fonts the letters are typeset in. (Cairo,
# Pango and qpdf, which write the tagged PDF letters, are shared libraries it finds; the sRGB
# profile of their output intent is compiled in from colord-data at build time.)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-liberation2")
# The PostgreSQL driver, for a team on one server (docs/TEAM.md); a laptop on SQLite runs without.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

include(CPack)
