//go:build unix

package main

import (
	"os"
	"syscall"
)

// execProgram replaces the current process with bin. It returns only when
// exec fails, and the caller then runs bin as a child instead.
func execProgram(bin string, argv []string) {
	syscall.Exec(bin, argv, os.Environ())
}
