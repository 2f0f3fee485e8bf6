package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pyasync2go/pyasync2go/diag"
	"github.com/pyasync2go/pyasync2go/driver"
)

// marker is one `# ERROR "rx"` expectation of a testdata/bad file.
type marker struct {
	line int
	rx   *regexp.Regexp
}

// readMarkers finds the markers of a bad input (see testdata/bad/README.md).
func readMarkers(t *testing.T, src []byte) []marker {
	var ms []marker
	for i, line := range strings.Split(string(src), "\n") {
		j := strings.Index(line, `# ERROR "`)
		if j < 0 {
			continue
		}
		body := line[j+len(`# ERROR "`):]
		k := strings.LastIndex(body, `"`)
		if k < 0 {
			t.Fatalf("line %d: marker without a closing quote", i+1)
		}
		rx, err := regexp.Compile(body[:k])
		if err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		ms = append(ms, marker{i + 1, rx})
	}
	return ms
}

// TestBadInputs checks that every program of testdata/bad is rejected
// with the diagnostics its markers name, and nothing before them.
func TestBadInputs(t *testing.T) {
	files, err := filepath.Glob("../../testdata/bad/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no bad inputs: %v", err)
	}
	known, err := ReadKnownFailures("../../testdata/bad")
	if err != nil {
		t.Fatal(err)
	}
	strict := os.Getenv("PYASYNC2GO_STRICT") == "1"
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			markers := readMarkers(t, src)
			if len(markers) == 0 {
				t.Fatal("no # ERROR marker")
			}
			problems := badProblems(src, file, markers)
			if reason, ok := known[name]; ok && !strict {
				if len(problems) == 0 {
					t.Errorf("%s.py passes now: remove it from %s", name, KnownFailuresFile)
					return
				}
				t.Skipf("known failure (%s): %s", reason, problems[0])
			}
			for _, p := range problems {
				t.Error(p)
			}
			if oracleWanted() {
				checkCPythonSyntaxError(t, file, markers)
			}
		})
	}
}

// badProblems lists how the translator's answer to a bad input differs
// from what its markers expect.
func badProblems(src []byte, file string, markers []marker) []string {
	var problems []string
	errorf := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	{
		{
			lines := bytes.Count(src, []byte("\n"))
			if len(src) > 0 && src[len(src)-1] != '\n' {
				lines++
			}
			out, err := driver.Translate(driver.DefaultTranslator, filepath.Base(file), src, driver.Options{})
			if err == nil {
				errorf("translated without an error:\n%s", out)
				return problems
			}
			var list diag.List
			if !errors.As(err, &list) {
				var one *diag.Error
				if !errors.As(err, &one) {
					errorf("error is not a diagnostic: %v", err)
					return problems
				}
				list = diag.List{one}
			}
			got := map[int][]string{}
			for _, d := range list {
				line := min(d.Pos.Line, lines)
				got[line] = append(got[line], d.Msg)
			}
			for _, m := range markers {
				ok := false
				for _, msg := range got[m.line] {
					if m.rx.MatchString(msg) {
						ok = true
					}
				}
				if !ok {
					errorf("line %d: want a diagnostic matching %q, got %q", m.line, m.rx, got[m.line])
				}
			}
			marked := map[int]bool{}
			for _, m := range markers {
				marked[m.line] = true
			}
			for line, msgs := range got {
				if !marked[line] && line < markers[0].line {
					errorf("line %d: unexpected diagnostic %q before the first marker", line, msgs)
				}
			}
		}
	}
	return problems
}

// checkCPythonSyntaxError makes sure a marker agrees with CPython when
// CPython itself rejects the file at compile time.
func checkCPythonSyntaxError(t *testing.T, file string, markers []marker) {
	py, err := exec.LookPath("python3")
	if err != nil {
		return
	}
	const script = `import sys
try:
    compile(open(sys.argv[1], "rb").read(), sys.argv[1], "exec")
except SyntaxError as e:
    print(e.lineno); print(e.msg)
`
	out, err := exec.Command(py, "-c", script, file).Output()
	if err != nil || len(out) == 0 {
		return // CPython compiles it: an error only the translator finds
	}
	parts := strings.SplitN(strings.TrimSpace(string(out)), "\n", 2)
	line, _ := strconv.Atoi(parts[0])
	for _, m := range markers {
		if m.line == line && len(parts) == 2 && m.rx.MatchString(parts[1]) {
			return
		}
	}
	t.Errorf("CPython reports line %d: %q, which no marker names", line, parts[len(parts)-1])
}
