package trace

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
)

// Capture runs cmd (whose Stdout and Stderr must be unset) and returns its
// trace (see Format), not yet normalized. A command that cannot start, or
// is stopped by ctx's deadline, is an error.
func Capture(ctx context.Context, cmd *exec.Cmd) (string, error) {
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		return "", fmt.Errorf("%s: %v (stdout so far: %q)", cmd.Args[0], ctx.Err(), stdout.String())
	}
	code := 0
	var exitErr *exec.ExitError
	switch {
	case errors.As(err, &exitErr):
		code = exitErr.ExitCode()
		if ws, ok := exitErr.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			code = 128 + int(ws.Signal())
		}
	case err != nil:
		return "", err
	}
	return Format(stdout.String(), stderr.String(), code), nil
}

// Python is the CPython the traces are recorded from.
const Python = "python3"

// PythonCommand returns the command that runs a Python file under CPython
// as the traces are recorded: no bytecode files, UTF-8 I/O, a fixed hash
// seed so that sets of strings print in a stable order.
func PythonCommand(ctx context.Context, file string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, Python, append([]string{file}, args...)...)
	cmd.Env = append(os.Environ(), "PYTHONDONTWRITEBYTECODE=1", "PYTHONUTF8=1",
		"PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8")
	return cmd
}

// PythonVersion returns the version of python3 ("3.11.7"), or an error
// when it is not installed.
func PythonVersion() (string, error) {
	out, err := exec.Command(Python, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])").Output()
	if err != nil {
		return "", fmt.Errorf("%s is not available: %v", Python, err)
	}
	return strings.TrimSpace(string(out)), nil
}

var directiveRE = regexp.MustCompile(`(?m)^#\s*trace:\s*([\w-]+(?:[ ,]+[\w-]+)*)\s*$`)

// OptionsFor reads normalization options from comment lines of a Python
// source: "# trace: keep-ints" sets KeepInts.
func OptionsFor(src []byte) Options {
	var o Options
	for _, m := range directiveRE.FindAllSubmatch(src, -1) {
		for _, word := range strings.FieldsFunc(string(m[1]), func(r rune) bool { return r == ' ' || r == ',' }) {
			if word == "keep-ints" {
				o.KeepInts = true
			}
		}
	}
	return o
}
