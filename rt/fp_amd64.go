package rt

import "unsafe"

// Tracebacks record the program counters of the stack at every raise.
// On amd64 they follow the frame pointers Go keeps in every frame, which
// costs a load per frame, where runtime.Callers decodes each function's
// tables; CallersFrames expands inlined calls when the traceback prints.

// framePointer returns the frame pointer of its caller (fp_amd64.s).
func framePointer() unsafe.Pointer

// stackPCs fills buf with the return addresses of the frames that called
// it, innermost first, and returns how many it wrote. The frames of the
// runtime package rt are among them; pyFrames leaves them out.
//
//go:nosplit
//go:noinline
func stackPCs(buf []uintptr) int {
	fp := framePointer()
	n := 0
	for fp != nil && n < len(buf) {
		buf[n] = *(*uintptr)(unsafe.Add(fp, unsafe.Sizeof(uintptr(0))))
		fp = *(*unsafe.Pointer)(fp)
		n++
	}
	return n
}
