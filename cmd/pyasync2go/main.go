// Command pyasync2go translates Python asyncio programs into Go programs
// that behave as CPython 3.11 does, and builds, runs and checks them.
//
// Run "pyasync2go help" for usage.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
