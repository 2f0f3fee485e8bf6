//go:build !amd64

package rt

import "runtime"

// stackPCs fills buf with the return addresses of the frames that called
// it, innermost first, and returns how many it wrote.
//
//go:noinline
func stackPCs(buf []uintptr) int { return runtime.Callers(2, buf) }
