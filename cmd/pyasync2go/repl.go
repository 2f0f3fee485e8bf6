package main

import (
	"context"
	"os/signal"
	"strings"
	"syscall"

	"github.com/pyasync2go/pyasync2go/driver"
	"github.com/pyasync2go/pyasync2go/repl"
)

func (c *cli) repl(args []string) int {
	fs := c.flags("repl")
	rest, code, ok := c.parse(fs, args)
	if !ok {
		return code
	}
	if len(rest) != 0 {
		return c.usageError("repl", "unexpected arguments: %s", strings.Join(rest, " "))
	}
	cache, err := driver.NewCache("")
	if err != nil {
		return c.report(err)
	}
	// Ctrl-C reaches the session's process too, which interrupts the
	// running input; the session itself goes on.
	signal.Ignore(syscall.SIGINT)
	defer signal.Reset(syscall.SIGINT)
	status, err := repl.Run(context.Background(), repl.Options{
		Stdin: c.stdin, Stdout: c.stdout, Stderr: c.stderr,
		Cache: cache, Version: version(),
	})
	if err != nil {
		return c.report(err)
	}
	return status
}
