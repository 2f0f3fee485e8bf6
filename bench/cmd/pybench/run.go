package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// Output is what a program printed and how it ended.
type Output struct {
	Stdout, Stderr string
	ExitCode       int
}

// execute runs argv to completion with stdin from /dev/null and returns its
// output, wall time and peak RSS. A non-zero exit status is not an error:
// it is part of the output that must match CPython's.
func execute(ctx context.Context, timeout time.Duration, argv []string) (Output, Run, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	// Run the program in its own process group so that a timeout also ends
	// whatever it started (a wrapper script's interpreter, a shell's children).
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = time.Second
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if ctx.Err() == context.DeadlineExceeded {
		return Output{}, Run{}, fmt.Errorf("%s: timed out after %v", strings.Join(argv, " "), timeout)
	}
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		return Output{}, Run{}, fmt.Errorf("%s: %w", strings.Join(argv, " "), err)
	}
	out := Output{Stdout: stdout.String(), Stderr: stderr.String(), ExitCode: cmd.ProcessState.ExitCode()}
	run := Run{Wall: wall, CPU: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		run.MaxRSSKiB = ru.Maxrss
	}
	return out, run, nil
}

// diffOutputs describes how got differs from want, or returns "" if they are
// identical.
func diffOutputs(want, got Output) string {
	var b strings.Builder
	if want.ExitCode != got.ExitCode {
		fmt.Fprintf(&b, "exit code: CPython %d, Go %d\n", want.ExitCode, got.ExitCode)
	}
	if want.Stdout != got.Stdout {
		fmt.Fprintf(&b, "stdout differs:\n%s", firstDifference(want.Stdout, got.Stdout))
	}
	if want.Stderr != got.Stderr {
		fmt.Fprintf(&b, "stderr differs:\n%s", firstDifference(want.Stderr, got.Stderr))
	}
	return b.String()
}

// firstDifference shows the first differing line of two texts.
func firstDifference(want, got string) string {
	w := strings.SplitAfter(want, "\n")
	g := strings.SplitAfter(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("  line %d\n    CPython: %q\n    Go:      %q\n", i+1, wl, gl)
		}
	}
	return ""
}

// moduleRoot returns the nearest directory at or above dir holding go.mod.
func moduleRoot(dir string) (string, error) {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("no go.mod at or above %s", dir)
		}
		d = parent
	}
}

// buildTool compiles ./cmd/pyasync2go of the module containing dir into tmp
// and returns the binary's path.
func buildTool(ctx context.Context, dir, tmp string) (string, error) {
	root, err := moduleRoot(dir)
	if err != nil {
		return "", err
	}
	bin := filepath.Join(tmp, "pyasync2go")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/pyasync2go")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/pyasync2go: %v\n%s", err, out)
	}
	return bin, nil
}

// buildProgram translates and compiles one Python program with the tool.
// With stackless, it passes -stackless (see pyasync2go help translate).
func buildProgram(ctx context.Context, tool, src, bin string, stackless bool, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	args := []string{"build"}
	if stackless {
		args = append(args, "-stackless")
	}
	cmd := exec.CommandContext(ctx, tool, append(args, src, "-o", bin)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s build %s: %v\n%s", tool, filepath.Base(src), err, out)
	}
	if _, err := os.Stat(bin); err != nil {
		return fmt.Errorf("%s build %s reported success but wrote no binary: %v", tool, filepath.Base(src), err)
	}
	return nil
}
