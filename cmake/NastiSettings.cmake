# Compile settings shared by every Nasti target, kept on one INTERFACE target
# instead of global flags.
add_library(nasti_settings INTERFACE)
target_compile_features(nasti_settings INTERFACE cxx_std_20)
target_compile_definitions(nasti_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(nasti_settings INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
    option(NASTI_WERROR "Treat warnings as errors" OFF)
    if(NASTI_WERROR)
        target_compile_options(nasti_settings INTERFACE -Werror)
    endif()
    # One sanitizer build (AddressSanitizer + UndefinedBehaviorSanitizer) of the
    # core's tests runs in CI in a build directory of its own (make test-asan).
    option(NASTI_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
    if(NASTI_SANITIZE)
        target_compile_options(nasti_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                        -fno-sanitize-recover=undefined)
        target_link_options(nasti_settings INTERFACE -fsanitize=address,undefined)
    endif()
endif()
target_compile_definitions(nasti_settings INTERFACE NASTI_VERSION="${PROJECT_VERSION}")
