//go:build unix

package main

import (
	"context"
	"io"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestREPLInterrupt presses Ctrl-C (SIGINT to the session's process
// group, as a terminal sends it) while an input awaits: the input is
// cancelled, the session says KeyboardInterrupt and goes on.
func TestREPLInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds Go plugins")
	}
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("the REPL builds plugins, which need cgo and a C compiler")
	}
	bin := pyasync2goBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	c := exec.CommandContext(ctx, bin, "repl")
	c.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stdin, err := c.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr syncWriter
	c.Stdout, c.Stderr = &stdout, &stderr
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	io.WriteString(stdin, "print('sleeping')\nawait asyncio.sleep(60)\n")
	for !strings.Contains(stdout.String(), "sleeping") || !strings.HasSuffix(stdout.String(), ">>> ") {
		if ctx.Err() != nil {
			t.Fatalf("no prompt after the first input; stdout %q, stderr %q", stdout.String(), stderr.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	// The second input builds, then sleeps: interrupt it once it runs.
	time.Sleep(3 * time.Second)
	deadline := time.Now().Add(time.Minute)
	for !strings.Contains(stderr.String(), "KeyboardInterrupt") {
		if time.Now().After(deadline) {
			t.Fatalf("no KeyboardInterrupt; stdout %q, stderr %q", stdout.String(), stderr.String())
		}
		syscall.Kill(-c.Process.Pid, syscall.SIGINT)
		time.Sleep(500 * time.Millisecond)
	}
	io.WriteString(stdin, "print('after')\n")
	stdin.Close()
	if err := c.Wait(); err != nil {
		t.Fatalf("the session ended with %v; stderr %q", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "after\n") {
		t.Errorf("the session did not go on after the interrupt: stdout %q", stdout.String())
	}
	if !strings.Contains(stderr.String(), "\nKeyboardInterrupt\n") {
		t.Errorf("stderr %q, want KeyboardInterrupt on a line of its own", stderr.String())
	}
}

// syncWriter collects output written by another goroutine.
type syncWriter struct {
	mu sync.Mutex
	b  strings.Builder
}

func (w *syncWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func (w *syncWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}
