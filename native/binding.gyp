{
  "targets": [
    {
      "target_name": "wasm_tracemalloc_native",
      "sources": [
        "src/addon.cc",
        "src/elf.cc",
        "src/got.cc",
        "src/map-file.cc",
        "src/hooks.cc",
        "src/originals.cc",
        "src/pages.cc",
        "src/records.cc",
        "src/shared.cc",
        "src/symbols.cc",
        "src/tracebacks.cc",
        "src/tracking.cc",
        "src/unwind.cc"
      ],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_CPP_EXCEPTIONS", "_GNU_SOURCE"],
      "cflags!": ["-fno-exceptions"],
      "cflags_cc!": ["-fno-exceptions", "-fno-rtti"],
      "cflags_cc": ["-std=c++17", "-fexceptions", "-O2", "-fvisibility=hidden"],
      "libraries": ["-ldl"],
      "conditions": [
        ["OS!='linux'", { "type": "none", "sources": [] }]
      ]
    }
  ]
}
