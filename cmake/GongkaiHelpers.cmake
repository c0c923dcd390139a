# gongkai_add_test(NAME name SOURCES a.cpp ... LIBRARIES lib ... [LABELS l ...])
# Registers one QtTest executable with ctest: offscreen platform, QSKIP reported as skipped,
# and the test's database settings passed through from the environment.
function(gongkai_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test Gongkai::Warnings ${ARG_LIBRARIES})
    target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    target_compile_definitions(${ARG_NAME} PRIVATE
        GONGKAI_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8"
        SKIP_REGULAR_EXPRESSION "SKIP   : "
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()

# gongkai_attach_translations(target): compiles the .ts files into .qm and embeds them in the
# target as resources under :/i18n, so the program needs no files beside it.
function(gongkai_attach_translations target)
    if(NOT GONGKAI_TS_FILES)
        return()
    endif()
    set_source_files_properties(${GONGKAI_TS_FILES} PROPERTIES OUTPUT_LOCATION "${CMAKE_CURRENT_BINARY_DIR}/i18n_${target}")
    qt_add_translation(qm_files ${GONGKAI_TS_FILES})
    qt_add_resources(${target} "${target}_translations" PREFIX "/i18n" BASE "${CMAKE_CURRENT_BINARY_DIR}/i18n_${target}" FILES ${qm_files})
endfunction()
