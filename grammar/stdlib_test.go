package grammar

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCPythonStdlib compares trees with CPython's on the asyncio package
// of the installed python3 (skipped without python3 or with -short).
func TestCPythonStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
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
				t.Fatalf("Parse: %v", err)
			}
			if got := dumpModule(mod); got != string(want) {
				t.Errorf("tree differs from CPython's:\n%s", firstDiff(got, string(want)))
			}
		})
	}
}
