# One INTERFACE target carries the compile settings every Bestand target links,
# so a stricter rule is added in one place (the qBittorrent CommonConfig idea).
add_library(bestand_compile_settings INTERFACE)

target_compile_features(bestand_compile_settings INTERFACE cxx_std_20)

target_compile_options(bestand_compile_settings INTERFACE
    -Wall -Wextra -Wpedantic
    -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wnull-dereference
    -Wimplicit-fallthrough -Wformat=2)

target_compile_definitions(bestand_compile_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    BESTAND_VERSION="${PROJECT_VERSION}")

if(BESTAND_WERROR)
    target_compile_options(bestand_compile_settings INTERFACE -Werror)
    target_compile_definitions(bestand_compile_settings INTERFACE QT_FORCE_ASSERTS)
endif()

if(BESTAND_SANITIZE)
    set(_bestand_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_compile_options(bestand_compile_settings INTERFACE ${_bestand_sanitizers})
    target_link_options(bestand_compile_settings INTERFACE ${_bestand_sanitizers})
endif()
