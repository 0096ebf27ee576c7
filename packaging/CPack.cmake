# SPDX-License-Identifier: GPL-2.0-or-later
#
# The Debian package: include()d from the top CMakeLists.txt after every
# install() rule, then, in the build folder:
#
#   cpack -G DEB      ->  wireshark-sipexplain_<version>_<arch>.deb
#
# A plugin loads only into the Wireshark major.minor it was built against, so
# the package puts it into that Wireshark's own plugin folder
# (WIRESHARK_PLUGIN_DIR/epan, from cmake/FindWiresharkPlugin.cmake) and
# depends on that Wireshark's library within the same major.minor.
# packaging/test-deb-in-chroot.sh installs the result into a clean Debian.

set(SIPEXPLAIN_DEB_MAINTAINER "sipexplain maintainers <maintainers@sipexplain.invalid>"
    CACHE STRING "Maintainer field of the Debian package")

# Debian ships the license as the package's copyright file.
set(SIPEXPLAIN_DOC_DIR share/doc/wireshark-sipexplain)
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION "${SIPEXPLAIN_DOC_DIR}")
install(FILES "${PROJECT_SOURCE_DIR}/COPYING" DESTINATION "${SIPEXPLAIN_DOC_DIR}"
        RENAME copyright)

# The Debian package holding the libwireshark the plugin links: its name
# carries the soname (libwireshark16 for 4.0), so it is asked of dpkg rather
# than guessed. The unversioned libwireshark.so belongs to the -dev package:
# follow its links to the real file first.
set(SIPEXPLAIN_LIBWIRESHARK_PACKAGE "")
set(_sipexplain_libwireshark "")
if(TARGET epan)
    # Wireshark's own CMake package.
    get_target_property(_sipexplain_libwireshark epan LOCATION)
else()
    foreach(_sipexplain_library IN LISTS WIRESHARK_PC_LINK_LIBRARIES)
        if(_sipexplain_library MATCHES "/libwireshark\\.so")
            set(_sipexplain_libwireshark "${_sipexplain_library}")
        endif()
    endforeach()
endif()
find_program(SIPEXPLAIN_DPKG_QUERY dpkg-query)
if(_sipexplain_libwireshark AND SIPEXPLAIN_DPKG_QUERY)
    get_filename_component(_sipexplain_libwireshark "${_sipexplain_libwireshark}" REALPATH)
    execute_process(COMMAND "${SIPEXPLAIN_DPKG_QUERY}" -S "${_sipexplain_libwireshark}"
                    OUTPUT_VARIABLE _sipexplain_owner
                    ERROR_QUIET RESULT_VARIABLE _sipexplain_status)
    # "libwireshark16:amd64: /usr/lib/x86_64-linux-gnu/libwireshark.so.16.0.17"
    if(_sipexplain_status EQUAL 0 AND _sipexplain_owner MATCHES "^([a-z0-9][a-z0-9.+-]*)[:,]")
        set(SIPEXPLAIN_LIBWIRESHARK_PACKAGE "${CMAKE_MATCH_1}")
    endif()
endif()

# libc and GLib versions from the binaries themselves: dpkg-shlibdeps (from
# dpkg-dev) reads them, and CPack needs the file program to find the
# binaries it runs on (make deb installs both). Without them the package
# still depends on libwireshark, which brings libc and GLib.
find_program(SIPEXPLAIN_DPKG_SHLIBDEPS dpkg-shlibdeps)
find_program(SIPEXPLAIN_FILE file)
if(SIPEXPLAIN_DPKG_SHLIBDEPS AND SIPEXPLAIN_FILE)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
    message(STATUS "Debian package: no dpkg-shlibdeps or no file program, so its Depends "
                   "will not name libc and GLib (install dpkg-dev and file, or run make deb)")
endif()

if(SIPEXPLAIN_LIBWIRESHARK_PACKAGE)
    # >= X.Y and << X.(Y+1): any Wireshark release of the same major.minor.
    # dpkg-shlibdeps may add a lower bound of its own, from the oldest symbols
    # the plugin uses (3.5.0 for 4.0's): it is no bound on the plugin folder's
    # version, so ours is named too.
    string(REPLACE "." ";" _sipexplain_version_parts "${WIRESHARK_MAJOR_MINOR}")
    list(GET _sipexplain_version_parts 0 _sipexplain_major)
    list(GET _sipexplain_version_parts 1 _sipexplain_minor)
    math(EXPR _sipexplain_next_minor "${_sipexplain_minor} + 1")
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "${SIPEXPLAIN_LIBWIRESHARK_PACKAGE} (>= ${WIRESHARK_MAJOR_MINOR}), ${SIPEXPLAIN_LIBWIRESHARK_PACKAGE} (<< ${_sipexplain_major}.${_sipexplain_next_minor})")
    message(STATUS "Debian package: depends on ${CPACK_DEBIAN_PACKAGE_DEPENDS}")
else()
    message(STATUS "Debian package: libwireshark is not from a Debian package here; "
                   "a .deb made by cpack would not depend on it")
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME wireshark-sipexplain)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR sipexplain)
set(CPACK_PACKAGE_CONTACT "${SIPEXPLAIN_DEB_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Wireshark plugin that explains every SIP response")
# No double quotes or semicolons: CPack does not carry them through to the control file.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "sipexplain adds a SIP Explanation subtree under each SIP response in "
    "Wireshark and tshark: what the status code means in the context of its request, its "
    "class, whether it calls for attention, and what to check next. Reason (Q.850) and "
    "Warning headers are explained too.\n"
    "This package also holds sipexplain-lookup, which explains status codes on the "
    "command line, and sipexplain-check, which fails a CI job when a capture holds "
    "responses that call for attention.")
# /usr/bin, /usr/share/doc; the plugin's folder is absolute already.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES TRUE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# sipexplain-check runs tshark; the plugin itself serves Wireshark too.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS tshark)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS wireshark)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

include(CPack)
