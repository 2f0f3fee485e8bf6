package rt

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// The expected values of the value tests come from CPython. Each table
// pairs a Python expression with the Go code that should give the same
// text. The answers are recorded in testdata/<table>.json; when python3
// is on PATH the tests evaluate the expressions live and fail if the
// recording is stale. UPDATE=1 go test ./rt rewrites the recordings.

// pyCase is one comparison: py is a Python expression (or statements
// whose last line is the expression), got computes the Go answer.
type pyCase struct {
	py  string
	got func() (string, error)
}

// oracleScript evaluates each expression: a str result is taken as is,
// any other result as its repr, and an exception as "!Name: message".
const oracleScript = `
import json, sys, math
out = []
for src in json.load(sys.stdin):
    lines = src.split("\n")
    ns = {"math": math}
    try:
        exec("\n".join(lines[:-1]), ns)
        v = eval(lines[-1], ns)
        out.append(v if isinstance(v, str) else repr(v))
    except Exception as e:
        out.append("!%s: %s" % (type(e).__name__, e))
json.dump(out, sys.stdout)
`

var python3Path = sync.OnceValue(func() string {
	p, _ := exec.LookPath("python3")
	return p
})

// runPython evaluates exprs with python3.
func runPython(t *testing.T, exprs []string) []string {
	t.Helper()
	in, _ := json.Marshal(exprs)
	cmd := exec.Command(python3Path(), "-c", oracleScript)
	cmd.Stdin = bytes.NewReader(in)
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var res []string
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("python3 output: %v", err)
	}
	return res
}

// pyRecord is the recorded form of one table: expression -> answer.
type pyRecord map[string]string

// expectations returns CPython's answer for every case of table name.
func expectations(t *testing.T, name string, cases []pyCase) pyRecord {
	t.Helper()
	path := filepath.Join("testdata", name+".json")
	recorded := pyRecord{}
	if data, err := os.ReadFile(path); err == nil {
		if err := json.Unmarshal(data, &recorded); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	if python3Path() == "" {
		return recorded
	}
	exprs := make([]string, len(cases))
	for i, c := range cases {
		exprs[i] = c.py
	}
	answers := runPython(t, exprs)
	live := pyRecord{}
	for i, e := range exprs {
		live[e] = answers[i]
	}
	if os.Getenv("UPDATE") != "" {
		writeRecord(t, path, live)
		return live
	}
	for e, want := range live {
		if got, ok := recorded[e]; !ok || got != want {
			t.Errorf("%s is stale for %q (recorded %q, python3 says %q): run UPDATE=1 go test ./rt", path, e, got, want)
		}
	}
	return live
}

func writeRecord(t *testing.T, path string, rec pyRecord) {
	t.Helper()
	data, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}

// runTable checks every case of a table against CPython.
func runTable(t *testing.T, name string, cases []pyCase) {
	t.Helper()
	want := expectations(t, name, cases)
	for _, c := range cases {
		w, ok := want[c.py]
		if !ok {
			t.Errorf("%s: no recorded answer for %q (run UPDATE=1 with python3)", name, c.py)
			continue
		}
		if got := answer(c.got()); got != w {
			t.Errorf("%s: %s\n got: %q\nwant: %q", name, c.py, got, w)
		}
	}
}

// answer renders a Go result the way oracleScript renders Python's.
func answer(s string, err error) string {
	if err == nil {
		return s
	}
	var e *Exc
	if errors.As(err, &e) {
		return "!" + e.Class.Name + ": " + e.Error()
	}
	return "!GoError: " + err.Error()
}

// repr, str and val build the got functions of simple cases.
func repr(v any) func() (string, error) { return func() (string, error) { return Repr(v), nil } }

func str(v any) func() (string, error) { return func() (string, error) { return Str(v), nil } }

// val renders a (value, error) result with Repr.
func val[T any](v T, err error) func() (string, error) {
	return func() (string, error) {
		if err != nil {
			return "", err
		}
		return Repr(v), nil
	}
}

// txt renders a (string, error) result as is.
func txt(s string, err error) func() (string, error) {
	return func() (string, error) { return s, err }
}
