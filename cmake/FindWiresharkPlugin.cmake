# SPDX-License-Identifier: GPL-2.0-or-later
#
# Finds the Wireshark development files and defines:
#   sipexplain::wireshark     an interface target to link a plugin with
#   WIRESHARK_LINK_TARGET     the imported target behind it, for try_compile checks
#   WIRESHARK_VERSION         e.g. 4.0.17
#   WIRESHARK_MAJOR_MINOR     e.g. 4.0 (the plugin folder's name)
#   WIRESHARK_PLUGIN_DIR      the global plugin folder (<plugindir>, without /epan)
#
# Wireshark's own CMake package is used when installed; Debian and Ubuntu
# ship only the pkg-config file, which is the fallback.

find_package(Wireshark CONFIG QUIET)
add_library(sipexplain_wireshark INTERFACE)
add_library(sipexplain::wireshark ALIAS sipexplain_wireshark)

if(Wireshark_FOUND)
    set(WIRESHARK_VERSION "${Wireshark_VERSION}")
    set(WIRESHARK_PLUGIN_DIR "${Wireshark_PLUGIN_INSTALL_DIR}")
    target_link_libraries(sipexplain_wireshark INTERFACE epan)
    set(WIRESHARK_LINK_TARGET epan)
    message(STATUS "Wireshark ${WIRESHARK_VERSION} found through its CMake package")
else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(WIRESHARK_PC REQUIRED IMPORTED_TARGET wireshark)
    pkg_get_variable(WIRESHARK_PLUGIN_DIR wireshark plugindir)
    set(WIRESHARK_VERSION "${WIRESHARK_PC_VERSION}")
    target_link_libraries(sipexplain_wireshark INTERFACE PkgConfig::WIRESHARK_PC)
    set(WIRESHARK_LINK_TARGET PkgConfig::WIRESHARK_PC)
    message(STATUS "Wireshark ${WIRESHARK_VERSION} found through pkg-config")
endif()

string(REGEX MATCH "^[0-9]+\\.[0-9]+" WIRESHARK_MAJOR_MINOR "${WIRESHARK_VERSION}")
if(NOT WIRESHARK_MAJOR_MINOR)
    message(FATAL_ERROR "Cannot read Wireshark's version from '${WIRESHARK_VERSION}'")
endif()
if(NOT WIRESHARK_PLUGIN_DIR)
    message(FATAL_ERROR "Wireshark's plugin folder is unknown (no plugindir in wireshark.pc)")
endif()
