package corpus

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/diag"
	"github.com/pyasync2go/pyasync2go/driver"
)

// stubPrograms are hand-written Go programs standing in for translations,
// so that the harness is tested independently of the translator.
var stubPrograms = map[string]string{
	"pass.py": `package main

import (
	"fmt"
	"time"
)

func main() {
	const layout = "2006-01-02 15:04:05.000000"
	fmt.Printf("%s : %d\n", time.Now().Format(layout), 140650681604992)
	time.Sleep(300 * time.Millisecond)
	fmt.Printf("%s : %d\n", time.Now().Format(layout), 140650681604992)
}
`,
	"differ.py": `package main

import "fmt"

func main() { fmt.Println("b") }
`,
	"exit.py": `package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("out")
	fmt.Fprintln(os.Stderr, "Traceback (most recent call last):\n  File \"/somewhere/exit.py\", line 3, in <module>\nValueError: x")
	os.Exit(1)
}
`,
	"flaky.py": `package main

import (
	"fmt"
	"time"
)

func main() { fmt.Println(time.Now().UnixNano() % 1000) }
`,
	"late.py": `package main

import (
	"fmt"
	"os"
)

// The first run prints what a late wake-up would; the later ones do not.
func main() {
	if _, err := os.Stat("late.marker"); err != nil {
		os.WriteFile("late.marker", nil, 0o644)
		fmt.Println("b first")
		return
	}
	fmt.Println("a first")
}
`,
	"notrace.py": `package main

func main() {}
`,
	"nested.py": `package main

import (
	"fmt"
	"os"
)

func main() {
	wd, _ := os.Getwd()
	fmt.Println(os.Args[0], wd)
}
`,
}

func stubTranslator(filename string, src []byte, opts driver.Options) ([]byte, error) {
	if prog, ok := stubPrograms[filepath.Base(filename)]; ok {
		return []byte(prog), nil
	}
	return nil, diag.List{{File: filename, Pos: ast.Pos{Line: 1, Col: 7}, Msg: "unsupported: metaclass", Source: "class A(metaclass=M): pass"}}
}

func TestHarness(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"pass.py":          "pass\n",
		"pass.trace":       "+0.0 : T1\n+0.3 : T1\n--- exit 0 ---\n",
		"differ.py":        "pass\n",
		"differ.trace":     "a\n--- exit 0 ---\n",
		"exit.py":          "pass\n",
		"exit.trace":       "out\n--- stderr ---\nTraceback (most recent call last):\n  File \"exit.py\", line 3, in <module>\nValueError: x\n--- exit 1 ---\n",
		"flaky.py":         "pass\n",
		"flaky.trace":      "",
		"notrace.py":       "pass\n",
		"late.py":          "pass\n",
		"late.trace":       "a first\n--- exit 0 ---\n",
		"bad.py":           "class A(metaclass=M): pass\n",
		"bad.trace":        "--- exit 0 ---\n",
		"_helper.py":       "pass\n",
		"sub/nested.py":    "pass\n",
		"sub/nested.trace": "nested.py sub\n--- exit 0 ---\n",
	}
	for name, content := range files {
		path := filepath.Join(root, name)
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	progs, err := Discover(root)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range progs {
		names = append(names, p.Name)
	}
	if got, want := strings.Join(names, " "), "bad differ exit flaky late notrace pass sub/nested"; got != want {
		t.Fatalf("Discover found %q, want %q", got, want)
	}

	cache := &driver.Cache{Dir: t.TempDir()}
	results := RunAll(context.Background(), progs, Config{Translator: stubTranslator, Cache: cache, Runs: 3})
	want := map[string][]string{
		"bad":        {"translation failed:\n" + filepath.Join(root, "bad.py") + ":1:7: unsupported: metaclass\n    class A(metaclass=M): pass\n          ^"},
		"differ":     {"Go trace differs from CPython's:\n--- recorded differ.trace\n+++ go\n@@ -1,2 +1,2 @@\n-a\n+b\n --- exit 0 ---\n"},
		"exit":       nil,
		"late":       nil, // run again alone after a first run that differed
		"flaky":      {"Go trace differs", "nondeterministic trace:\n--- go run 1\n+++ go run"},
		"notrace":    {"no recorded trace notrace.trace: record it from CPython with PYASYNC2GO_UPDATE=1"},
		"pass":       nil,
		"sub/nested": nil,
	}
	for _, r := range results {
		if r.Retried != (r.Program.Name == "late" || r.Program.Name == "differ" || r.Program.Name == "flaky") {
			t.Errorf("%s: Retried is %v", r.Program.Name, r.Retried)
		}
		got := r.Problems()
		w := want[r.Program.Name]
		if len(got) != len(w) {
			t.Errorf("%s: problems %q, want %d like %q", r.Program.Name, got, len(w), w)
			continue
		}
		for i := range w {
			if !strings.HasPrefix(got[i], w[i]) {
				t.Errorf("%s: problem %d is\n%s\nwant prefix\n%s", r.Program.Name, i, got[i], w[i])
			}
		}
	}
}

func TestHarnessTimeout(t *testing.T) {
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "hang.py"), []byte("pass\n"), 0o644)
	os.WriteFile(filepath.Join(root, "hang.trace"), []byte("--- exit 0 ---\n"), 0o644)
	progs, _ := Discover(root)
	tr := func(string, []byte, driver.Options) ([]byte, error) {
		return []byte("package main\n\nimport \"time\"\n\nfunc main() { time.Sleep(time.Hour) }\n"), nil
	}
	results := RunAll(context.Background(), progs, Config{Translator: tr, Cache: &driver.Cache{Dir: t.TempDir()}, Timeout: 200e6})
	p := results[0].Problems()
	if len(p) != 1 || !strings.Contains(p[0], "context deadline exceeded") {
		t.Errorf("problems %q, want a deadline error", p)
	}
}

func TestRecord(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not installed")
	}
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "p.py"), []byte("import sys, threading\nprint(threading.get_ident(), file=sys.stderr)\nraise SystemExit(4)\n"), 0o644)
	progs, _ := Discover(root)
	if err := Record(context.Background(), progs, Config{}); err != nil {
		if strings.Contains(err.Error(), "recorded from CPython 3.11") {
			t.Skip(err)
		}
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(root, "p.trace"))
	if want := "--- stderr ---\nT1\n--- exit 4 ---\n"; string(got) != want {
		t.Errorf("recorded %q, want %q", got, want)
	}
}
