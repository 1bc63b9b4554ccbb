# SPDX-License-Identifier: GPL-3.0-or-later
# vanthu_config: the one place for language level, warnings, Qt strictness and hardening. Every target links it;
# nothing is added to global flags.
add_library(vanthu_config INTERFACE)
target_compile_features(vanthu_config INTERFACE cxx_std_20)
target_include_directories(vanthu_config INTERFACE ${PROJECT_SOURCE_DIR})
target_compile_options(vanthu_config INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wcast-qual
    -fstack-protector-strong
    $<$<BOOL:${VANTHU_WERROR}>:-Werror>
    $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3>)
target_compile_definitions(vanthu_config INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400 QT_NO_KEYWORDS
    $<$<BOOL:${VANTHU_WERROR}>:_GLIBCXX_ASSERTIONS QT_FORCE_ASSERTS>)
target_link_options(vanthu_config INTERFACE -Wl,-z,relro,-z,now)
# Modules loaded at run time are linked with every symbol resolved, so a missing library fails the build rather than
# the dlopen. Not under sanitizers: clang keeps the sanitizer runtime in the executable, which a module cannot see.
set(VANTHU_MODULE_LINK_OPTIONS -Wl,--no-undefined)
if(VANTHU_SANITIZE)
    set(VANTHU_MODULE_LINK_OPTIONS)
    # A finding must fail the test that met it, not scroll by: UBSan stops as ASan does.
    target_compile_options(vanthu_config INTERFACE -fsanitize=${VANTHU_SANITIZE} -fno-sanitize-recover=all
        -fno-omit-frame-pointer)
    target_link_options(vanthu_config INTERFACE -fsanitize=${VANTHU_SANITIZE})
endif()
