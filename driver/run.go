package driver

import (
	"context"
	"errors"
	"io"
	"os/exec"
	"syscall"
)

// Run runs a built program with argv0 as its os.Args[0] (the Python file,
// as sys.argv[0] is in CPython) and args after it, and returns its exit
// status. A program killed by a signal reports 128 plus the signal number,
// as shells do.
func Run(ctx context.Context, bin, argv0 string, args []string, stdin io.Reader, stdout, stderr io.Writer) (int, error) {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Args[0] = argv0
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, stdout, stderr
	err := cmd.Run()
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		return exitStatus(exitErr.ProcessState), nil
	}
	if err != nil {
		return -1, err
	}
	return 0, nil
}

func exitStatus(ps interface {
	ExitCode() int
	Sys() any
}) int {
	if code := ps.ExitCode(); code >= 0 {
		return code
	}
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return 128 + int(ws.Signal())
	}
	return 1
}
