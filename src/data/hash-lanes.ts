// The inner loop of content-hash.ts: two lanes of 32-bit words, each word xored into its lane
// and the lane multiplied. A start runs it over the pack of validated records, tens of kilobytes,
// while V8 still interprets JavaScript: a tenth of a warm run's own time. As WebAssembly, which
// V8 compiles in microseconds, it takes a fraction of that. The module is written out below byte
// by byte, each part beside its text form; where WebAssembly is missing (node --jitless) the same
// loop runs in JavaScript. test/unit/content-hash.test.ts checks that both give the same lanes.

// prettier-ignore
const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
  0x01, 0x05, 0x01, 0x60, 0x01, 0x7f, 0x00, // types: (func (param i32))
  0x03, 0x02, 0x01, 0x00, // functions: one, of that type
  0x05, 0x03, 0x01, 0x00, 0x01, // memory: (memory 1)
  // globals: (global $h1 (mut i32) (i32.const 0)) (global $h2 (mut i32) (i32.const 0))
  0x06, 0x0b, 0x02, 0x7f, 0x01, 0x41, 0x00, 0x0b, 0x7f, 0x01, 0x41, 0x00, 0x0b,
  // exports: "memory", "h1", "h2", "lanes"
  0x07, 0x1c, 0x04, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, 0x02, 0x68, 0x31, 0x03, 0x00,
  0x02, 0x68, 0x32, 0x03, 0x01, 0x05, 0x6c, 0x61, 0x6e, 0x65, 0x73, 0x00, 0x00,
  // code: one function, (param $len) (local $i $a $b $pairs i32)
  0x0a, 0x85, 0x01, 0x01, 0x82, 0x01, 0x01, 0x04, 0x7f,
  // $a = 0xdeadbeef; $b = 0x41c6ce57; $pairs = $len & -8
  0x41, 0xef, 0xfd, 0xb6, 0xf5, 0x7d, 0x21, 0x02, 0x41, 0xd7, 0x9c, 0x9b, 0x8e, 0x04, 0x21, 0x03,
  0x20, 0x00, 0x41, 0x78, 0x71, 0x21, 0x04,
  // block loop: br_if 1 ($i >= $pairs)
  0x02, 0x40, 0x03, 0x40, 0x20, 0x01, 0x20, 0x04, 0x4f, 0x0d, 0x01,
  //   $a = ($a ^ i32.load($i)) * 2654435761
  0x20, 0x02, 0x20, 0x01, 0x28, 0x02, 0x00, 0x73, 0x41, 0xb1, 0xf3, 0xdd, 0xf1, 0x79, 0x6c, 0x21, 0x02,
  //   $b = ($b ^ i32.load offset=4 ($i)) * 1597334677
  0x20, 0x03, 0x20, 0x01, 0x28, 0x02, 0x04, 0x73, 0x41, 0x95, 0xc9, 0xd5, 0xf9, 0x05, 0x6c, 0x21, 0x03,
  //   $i += 8; br 0; end end
  0x20, 0x01, 0x41, 0x08, 0x6a, 0x21, 0x01, 0x0c, 0x00, 0x0b, 0x0b,
  // block loop: br_if 1 ($i >= $len)
  0x02, 0x40, 0x03, 0x40, 0x20, 0x01, 0x20, 0x00, 0x4f, 0x0d, 0x01,
  //   $a = ($a ^ i32.load8_u($i)) * 2654435761
  0x20, 0x02, 0x20, 0x01, 0x2d, 0x00, 0x00, 0x73, 0x41, 0xb1, 0xf3, 0xdd, 0xf1, 0x79, 0x6c, 0x21, 0x02,
  //   $i += 1; br 0; end end
  0x20, 0x01, 0x41, 0x01, 0x6a, 0x21, 0x01, 0x0c, 0x00, 0x0b, 0x0b,
  // $h1 = $a; $h2 = $b; end
  0x20, 0x02, 0x24, 0x00, 0x20, 0x03, 0x24, 0x01, 0x0b,
]);

interface Lanes {
  memory: WebAssembly.Memory;
  h1: WebAssembly.Global;
  h2: WebAssembly.Global;
  lanes: (length: number) => void;
}

let compiled: Lanes | null | undefined;

function wasmLanes(): Lanes | null {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Instance(new WebAssembly.Module(MODULE)).exports as unknown as Lanes;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** The module's memory, grown to hold `length` bytes from its start. */
function room(module: Lanes, length: number): ArrayBuffer {
  const missing = length - module.memory.buffer.byteLength;
  if (missing > 0) module.memory.grow(Math.ceil(missing / 65536));
  return module.memory.buffer;
}

/**
 * The two lanes over `bytes`: pairs of words in little-endian order, then the bytes after the
 * last pair into the first lane. `wasm: false` runs the JavaScript loop (for the test).
 */
export function lanes(bytes: Uint8Array, wasm = true): [number, number] {
  const module = wasm ? wasmLanes() : null;
  if (!module) return jsLanes(bytes);
  new Uint8Array(room(module, bytes.length), 0, bytes.length).set(bytes);
  module.lanes(bytes.length);
  return [module.h1.value as number, module.h2.value as number];
}

/** The lanes over a string's Latin-1 bytes (ASCII text's bytes), written straight into the module's memory. */
export function latin1Lanes(text: string): [number, number] {
  const module = wasmLanes();
  if (!module) return jsLanes(Buffer.from(text, 'latin1'));
  Buffer.from(room(module, text.length), 0, text.length).write(text, 'latin1');
  module.lanes(text.length);
  return [module.h1.value as number, module.h2.value as number];
}

function jsLanes(bytes: Uint8Array): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const pairs = bytes.length & ~7;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  let i = 0;
  for (; i < pairs; i += 8) {
    h1 = Math.imul(h1 ^ view.getInt32(i, true), 2654435761);
    h2 = Math.imul(h2 ^ view.getInt32(i + 4, true), 1597334677);
  }
  for (; i < bytes.length; i++) h1 = Math.imul(h1 ^ bytes[i]!, 2654435761);
  return [h1 | 0, h2 | 0];
}
