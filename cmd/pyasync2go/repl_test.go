package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pyasync2go/pyasync2go/internal/trace"
)

// The REPL is tested as a user drives it: a script on stdin. Each
// testdata/repl/NAME.py is a session's input, line by line; NAME.trace is
// what "python3 -m asyncio" printed for it (recorded with
// PYASYNC2GO_UPDATE=1), which "pyasync2go repl" must print too. The
// banners differ, so the lines of stderr up to ">>> import asyncio" are
// left out of both.

var bannerRE = regexp.MustCompile(`(?s)\A--- stderr ---\n.*?>>> import asyncio\n`)

// replTrace normalizes the trace of a session.
func replTrace(tr string) string {
	if i := strings.Index(tr, "--- stderr ---\n"); i >= 0 {
		tr = tr[:i] + bannerRE.ReplaceAllString(tr[i:], "--- stderr ---\n")
	}
	tr = strings.Replace(tr, "--- stderr ---\n--- exit", "--- exit", 1)
	return trace.Normalize(tr)
}

// pyasync2goBinary builds the command once for the tests that run it as
// a program.
func pyasync2goBinary(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "pyasync2go")
	goCmd(t, root, "build", "-o", bin, "./cmd/pyasync2go")
	return bin
}

func TestREPLSessions(t *testing.T) {
	if testing.Short() {
		t.Skip("builds Go plugins")
	}
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("the REPL builds plugins, which need cgo and a C compiler")
	}
	scripts, _ := filepath.Glob("../../testdata/repl/*.py")
	if len(scripts) == 0 {
		t.Fatal("no sessions in testdata/repl")
	}
	bin := pyasync2goBinary(t)
	update := os.Getenv("PYASYNC2GO_UPDATE") != ""
	for _, script := range scripts {
		name := strings.TrimSuffix(filepath.Base(script), ".py")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			want := ""
			traceFile := strings.TrimSuffix(script, ".py") + ".trace"
			if update {
				want = replSession(t, script, trace.Python, "-m", "asyncio")
				if err := os.WriteFile(traceFile, []byte(want), 0o644); err != nil {
					t.Fatal(err)
				}
			} else {
				b, err := os.ReadFile(traceFile)
				if err != nil {
					t.Fatalf("%v (record it with PYASYNC2GO_UPDATE=1)", err)
				}
				want = string(b)
			}
			got := replSession(t, script, bin, "repl")
			if got != want {
				t.Errorf("session %s differs from CPython's:\n%s", name, trace.Diff("python3 -m asyncio", "pyasync2go repl", want, got))
			}
		})
	}
}

// replSession runs a session of cmd with script as its stdin and returns
// its normalized trace.
func replSession(t *testing.T, script, cmd string, args ...string) string {
	t.Helper()
	in, err := os.Open(script)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	c := exec.CommandContext(ctx, cmd, args...)
	c.Stdin = in
	c.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONUTF8=1")
	tr, err := trace.Capture(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	return replTrace(tr)
}
