# SPDX-License-Identifier: GPL-2.0-or-later
#
# cmake -DSCRIPT=tools/sipexplain-check -DLIBRARY=tools/lib-tshark.sh
#       -DOUTPUT=build/tools/sipexplain-check -P tools/inline-lib-tshark.cmake
#
# Writes SCRIPT with the lines from "# BEGIN lib-tshark.sh" to
# "# END lib-tshark.sh" replaced by the text of LIBRARY, so that the
# installed sipexplain-check is one file that needs no helper beside it
# (it goes to /usr/bin, the helper would not). Fails when SCRIPT has not
# exactly one such block.
foreach(variable SCRIPT LIBRARY OUTPUT)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "inline-lib-tshark.cmake: -D${variable}=... is missing")
    endif()
endforeach()

file(READ "${SCRIPT}" script)
file(READ "${LIBRARY}" library)
string(REGEX MATCHALL "\n# BEGIN lib-tshark.sh[^\n]*\n" begins "${script}")
string(REGEX MATCHALL "\n# END lib-tshark.sh\n" ends "${script}")
list(LENGTH begins begin_count)
list(LENGTH ends end_count)
if(NOT begin_count EQUAL 1 OR NOT end_count EQUAL 1)
    message(FATAL_ERROR "${SCRIPT}: not one '# BEGIN lib-tshark.sh' ... '# END lib-tshark.sh' block")
endif()
string(FIND "${script}" "${begins}" begin)
string(FIND "${script}" "${ends}" end)
if(end LESS begin)
    message(FATAL_ERROR "${SCRIPT}: '# END lib-tshark.sh' before its BEGIN")
endif()
string(LENGTH "${ends}" end_length)
math(EXPR after "${end} + ${end_length}")
math(EXPR head_length "${begin} + 1")
string(SUBSTRING "${script}" 0 ${head_length} head)
string(SUBSTRING "${script}" ${after} -1 tail)
# The library's licence line is the script's already.
string(REGEX REPLACE "^# SPDX-License-Identifier:[^\n]*\n" "" library "${library}")
set(inlined "${head}# ---- tools/lib-tshark.sh, inlined at installation ----\n${library}")
string(APPEND inlined "# ---- end of tools/lib-tshark.sh ----\n${tail}")
get_filename_component(output_dir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${output_dir}")
file(WRITE "${OUTPUT}.tmp" "${inlined}")
file(CHMOD "${OUTPUT}.tmp" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE
     GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
