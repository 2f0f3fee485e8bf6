//go:build !unix

package main

// execProgram is a no-op where exec is unavailable: the caller runs bin as
// a child process.
func execProgram(bin string, argv []string) {}
