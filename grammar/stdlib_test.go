package grammar

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyasync2go/pyasync2go/diag"
)

// TestCPythonStdlib compares trees with CPython's on the Python files
// matching $GRAMMAR_STDLIB_GLOB, or on the installed python3's asyncio
// package when GRAMMAR_STDLIB=1. Files using constructs outside the
// subset are skipped. For example:
//
//	GRAMMAR_STDLIB_GLOB='/usr/lib/python3.11/test/test_*.py' go test -run Stdlib ./grammar
func TestCPythonStdlib(t *testing.T) {
	if os.Getenv("GRAMMAR_STDLIB") == "" && os.Getenv("GRAMMAR_STDLIB_GLOB") == "" {
		t.Skip("set GRAMMAR_STDLIB=1 or GRAMMAR_STDLIB_GLOB")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	out, err := exec.Command(py, "-c", "import asyncio, os; print(os.path.dirname(asyncio.__file__))").Output()
	if err != nil {
		t.Skip(err)
	}
	dir := strings.TrimSpace(string(out))
	files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	if extra := os.Getenv("GRAMMAR_STDLIB_GLOB"); extra != "" {
		files, _ = filepath.Glob(extra)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := exec.Command(py, filepath.Join("testdata", "dump.py"), file).Output()
			if err != nil {
				t.Skip("python3 rejects it")
			}
			mod, err := Parse(file, src)
			if err != nil {
				if unsupportedOnly(err) {
					t.Skipf("outside the subset: %v", err)
				}
				t.Fatalf("Parse: %v", err)
			}
			if got := dumpModule(mod); got != string(want) {
				t.Errorf("tree differs from CPython's:\n%s", firstDiff(got, string(want)))
			}
		})
	}
}

func unsupportedOnly(err error) bool {
	var list diag.List
	if !errors.As(err, &list) {
		return false
	}
	for _, e := range list {
		if !strings.HasPrefix(e.Msg, "unsupported") {
			return false
		}
	}
	return true
}
