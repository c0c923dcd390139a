# Starts the GUI with --exit-after-startup on fresh databases, with the user's folders pointed
# at a temporary directory: it must exit 0 each time.
#   cmake -DGONGKAI=<exe> -DWORKDIR=<dir> -P smoke.cmake
file(REMOVE_RECURSE "${WORKDIR}")
file(MAKE_DIRECTORY "${WORKDIR}")
set(env
    QT_QPA_PLATFORM=offscreen
    HOME=${WORKDIR}
    XDG_DATA_HOME=${WORKDIR}/data
    XDG_CONFIG_HOME=${WORKDIR}/config
    XDG_RUNTIME_DIR=${WORKDIR}/runtime
    LANG=C.UTF-8)
file(MAKE_DIRECTORY "${WORKDIR}/runtime")

function(run_gongkai what)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env ${env} "${GONGKAI}" --exit-after-startup ${ARGN}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "gongkai ${what} exited with ${rc}\n${out}\n${err}")
    endif()
    message(STATUS "gongkai ${what}: exit 0")
endfunction()

run_gongkai("on a new empty database" --db "${WORKDIR}/smoke.sqlite")
if(NOT EXISTS "${WORKDIR}/smoke.sqlite")
    message(FATAL_ERROR "gongkai did not create ${WORKDIR}/smoke.sqlite")
endif()
run_gongkai("on the same database again" --db "${WORKDIR}/smoke.sqlite")
run_gongkai("on a new demo database" --db "${WORKDIR}/demo.sqlite" --demo-items 300 --lang zh_CN)
run_gongkai("on the remembered database" --lang en)
