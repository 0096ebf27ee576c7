# SPDX-License-Identifier: GPL-2.0-or-later
#
# sipexplain-check, include()d from the top CMakeLists.txt. The installed
# script goes to <prefix>/bin, where tools/lib-tshark.sh would not be beside
# it: the build writes tools/sipexplain-check with the helper inlined
# (tools/inline-lib-tshark.cmake), and that file is installed, with the
# manual page.
include(GNUInstallDirs)
set(SIPEXPLAIN_CHECK_SOURCES
    ${PROJECT_SOURCE_DIR}/tools/sipexplain-check
    ${PROJECT_SOURCE_DIR}/tools/lib-tshark.sh
    ${PROJECT_SOURCE_DIR}/tools/inline-lib-tshark.cmake)
set(SIPEXPLAIN_CHECK_BUILT ${CMAKE_BINARY_DIR}/tools/sipexplain-check)
add_custom_command(OUTPUT ${SIPEXPLAIN_CHECK_BUILT}
    COMMAND ${CMAKE_COMMAND}
            -DSCRIPT=${PROJECT_SOURCE_DIR}/tools/sipexplain-check
            -DLIBRARY=${PROJECT_SOURCE_DIR}/tools/lib-tshark.sh
            -DOUTPUT=${SIPEXPLAIN_CHECK_BUILT}
            -P ${PROJECT_SOURCE_DIR}/tools/inline-lib-tshark.cmake
    DEPENDS ${SIPEXPLAIN_CHECK_SOURCES}
    COMMENT "Writing tools/sipexplain-check with lib-tshark.sh inlined"
    VERBATIM)
add_custom_target(sipexplain-check ALL DEPENDS ${SIPEXPLAIN_CHECK_BUILT})
install(PROGRAMS ${SIPEXPLAIN_CHECK_BUILT} TYPE BIN)
install(FILES ${PROJECT_SOURCE_DIR}/tools/sipexplain-check.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
