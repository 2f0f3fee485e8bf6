package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// These tests go through the real grammar, check and codegen pipeline.

func runReal(t *testing.T, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr)
	return result{code, stdout.String(), stderr.String()}
}

func TestRunExample(t *testing.T) {
	r := runReal(t, "run", "../../examples/hello.py")
	if r.code != 0 || r.stdout != "hello from bob\nhello from alice\n['ALICE', 'BOB']\n" || r.stderr != "" {
		t.Errorf("run examples/hello.py: %+v", r)
	}
}

func TestSyntaxErrorDiagnostic(t *testing.T) {
	py := writeFile(t, t.TempDir(), "bad.py", "import asyncio\n\nasync def main(:\n    pass\n")
	r := runReal(t, "translate", py)
	if r.code != 2 || r.stdout != "" {
		t.Errorf("exit %d, stdout %q; want 2 and nothing", r.code, r.stdout)
	}
	// file:line:col: message, the source line, a caret.
	want := regexp.MustCompile(`^\S*bad.py:3:\d+: .+\n    async def main\(:\n +\^\n`)
	if !want.MatchString(r.stderr) {
		t.Errorf("stderr %q, want a diagnostic with the source line and a caret", r.stderr)
	}
}

// TestNestingNeverCrashes feeds deeply nested programs: each must be
// translated or rejected with a diagnostic, never crash.
func TestNestingNeverCrashes(t *testing.T) {
	dir := t.TempDir()
	var blocks strings.Builder
	blocks.WriteString("x = 1\n")
	for i := range 100 {
		blocks.WriteString(strings.Repeat("    ", i) + "if x:\n")
	}
	blocks.WriteString(strings.Repeat("    ", 100) + "print(x)\n")
	cases := map[string]string{
		"blocks.py": blocks.String(),
		"parens.py": "x = " + strings.Repeat("(", 1000) + "1" + strings.Repeat(")", 1000) + "\nprint(x)\n",
		"lists.py":  "x = " + strings.Repeat("[", 1000) + strings.Repeat("]", 1000) + "\nprint(x)\n",
		"unary.py":  "x = " + strings.Repeat("-", 5000) + "1\nprint(x)\n",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			py := filepath.Join(dir, name)
			os.WriteFile(py, []byte(src), 0o644)
			r := runReal(t, "translate", py)
			if r.code != 0 && r.code != 2 || strings.Contains(r.stderr, "goroutine ") {
				t.Errorf("exit %d, stderr:\n%.2000s", r.code, r.stderr)
			}
			if r.code == 2 && !strings.Contains(r.stderr, name+":") {
				t.Errorf("diagnostic does not name the file:\n%.2000s", r.stderr)
			}
		})
	}
}
