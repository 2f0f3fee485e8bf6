package main

import (
	"context"
	"fmt"
	"os/exec"

	"github.com/pyasync2go/pyasync2go/driver"
	"github.com/pyasync2go/pyasync2go/internal/trace"
)

func (c *cli) verify(args []string) int {
	buildOpts, args, code, ok := c.leadingFlags("verify", args)
	if !ok {
		return code
	}
	file, progArgs := args[0], args[1:]
	src, err := driver.ReadSource(file)
	if err != nil {
		return c.report(err)
	}
	bin, err := c.buildFile(file, buildOpts)
	if err != nil {
		return c.report(err)
	}
	if _, err := trace.PythonVersion(); err != nil {
		fmt.Fprintf(c.stderr, "pyasync2go verify: %v (verify needs CPython 3.11 as python3)\n", err)
		return exitUsage
	}
	ctx := context.Background()
	opts := trace.OptionsFor(src)
	want, err := trace.Capture(ctx, trace.PythonCommand(ctx, file, progArgs...))
	if err != nil {
		return c.report(err)
	}
	cmd := exec.CommandContext(ctx, bin, progArgs...)
	cmd.Args[0] = file
	got, err := trace.Capture(ctx, cmd)
	if err != nil {
		return c.report(err)
	}
	d := trace.Diff("python3 "+file, "pyasync2go "+file, trace.NormalizeWith(want, opts), trace.NormalizeWith(got, opts))
	if d == "" {
		fmt.Fprintln(c.stdout, "identical")
		return exitOK
	}
	fmt.Fprint(c.stdout, d)
	return exitFailure
}
