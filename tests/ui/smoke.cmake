# Starts the GUI signed in (--user, GONGKAI_PASSWORD) with --exit-after-startup on fresh databases,
# with the user's folders pointed at a temporary directory: it must exit 0 each time, and refuse a
# wrong password.
#   cmake -DGONGKAI=<exe> -DGONGKAI_CLI=<exe> -DWORKDIR=<dir> -P smoke.cmake
file(REMOVE_RECURSE "${WORKDIR}")
file(MAKE_DIRECTORY "${WORKDIR}")
set(env
    QT_QPA_PLATFORM=offscreen
    HOME=${WORKDIR}
    XDG_DATA_HOME=${WORKDIR}/data
    XDG_CONFIG_HOME=${WORKDIR}/config
    XDG_RUNTIME_DIR=${WORKDIR}/runtime
    LANG=C.UTF-8
    "GONGKAI_PASSWORD=Smoke#2024")
file(MAKE_DIRECTORY "${WORKDIR}/runtime")

function(run_gongkai what)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env ${env} "${GONGKAI}" --exit-after-startup ${ARGN}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "gongkai ${what} exited with ${rc}\n${out}\n${err}")
    endif()
    message(STATUS "gongkai ${what}: exit 0")
endfunction()

# A new empty database gets its first administrator from the command line first.
execute_process(COMMAND ${CMAKE_COMMAND} -E env ${env} "${GONGKAI_CLI}" --db "${WORKDIR}/smoke.sqlite"
                        init --admin smokeadmin --name "Smoke Admin"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gongkai-cli init --admin exited with ${rc}\n${out}\n${err}")
endif()
run_gongkai("on a new empty database" --db "${WORKDIR}/smoke.sqlite" --user smokeadmin)
run_gongkai("on the same database again" --db "${WORKDIR}/smoke.sqlite" --user smokeadmin)

# A wrong password must not start the program.
execute_process(COMMAND ${CMAKE_COMMAND} -E env ${env} GONGKAI_PASSWORD=wrong "${GONGKAI}" --exit-after-startup
                        --db "${WORKDIR}/smoke.sqlite" --user smokeadmin
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
if(rc EQUAL 0)
    message(FATAL_ERROR "gongkai started with a wrong password")
endif()
message(STATUS "gongkai with a wrong password: exit ${rc} (${err})")

# A demo database: every demo account has the demo password (zhangwei writes items, gaoyan audits).
set(demo_env ${env})
list(FILTER demo_env EXCLUDE REGEX "^GONGKAI_PASSWORD=")
list(APPEND demo_env GONGKAI_PASSWORD=Demo2024!)
function(run_demo what)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env ${demo_env} "${GONGKAI}" --exit-after-startup ${ARGN}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "gongkai ${what} exited with ${rc}\n${out}\n${err}")
    endif()
    message(STATUS "gongkai ${what}: exit 0")
endfunction()
run_demo("on a new demo database" --db "${WORKDIR}/demo.sqlite" --demo-items 300 --lang zh_CN --user zhangwei)
run_demo("as the demo auditor" --db "${WORKDIR}/demo.sqlite" --user gaoyan)
run_demo("as the demo administrator on the remembered database" --lang en --user huanglei)
