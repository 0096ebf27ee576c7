# SPDX-License-Identifier: GPL-2.0-or-later
# Run at build time by the install-user target, so that HOME is the one of
# whoever builds the target, not of whoever configured the build.
#   cmake -DPLUGIN=<sipexplain.so> -DMAJOR_MINOR=<x.y> -P InstallUser.cmake
if(NOT DEFINED ENV{HOME})
    message(FATAL_ERROR "HOME is not set: no personal plugin folder to install into")
endif()
set(destination "$ENV{HOME}/.local/lib/wireshark/plugins/${MAJOR_MINOR}/epan")
file(MAKE_DIRECTORY "${destination}")
file(COPY "${PLUGIN}" DESTINATION "${destination}")
message(STATUS "Installed sipexplain into ${destination}")
