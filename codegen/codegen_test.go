package codegen_test

import (
	"bytes"
	"flag"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	pyast "github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/grammar"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func updating() bool { return *update || os.Getenv("UPDATE_GOLDEN") == "1" }

// parse reads a Python file with the project's parser.
func parse(t *testing.T, filename string, src []byte) *pyast.Module {
	t.Helper()
	mod, err := grammar.Parse(filename, src)
	if err != nil {
		t.Fatalf("parse %s: %v", filename, err)
	}
	return mod
}

// translate runs check and codegen on a Python file.
func translate(t *testing.T, path string) []byte {
	t.Helper()
	return translateWith(t, path, codegen.DefaultOptions("main.py"))
}

func translateWith(t *testing.T, path string, opts codegen.Options) []byte {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	mod := parse(t, "main.py", src)
	info, err := check.Check(mod)
	if err != nil {
		t.Fatalf("check %s:\n%v", path, err)
	}
	out, err := codegen.Generate(mod, info, opts)
	if err != nil {
		t.Fatalf("generate %s: %v", path, err)
	}
	return out
}

// seedCases are the seed programs and the shared benchmarks.
func seedCases(t *testing.T) map[string]string {
	cases := map[string]string{}
	dirs, _ := filepath.Glob("../testdata/seed/*/main.py")
	for _, p := range dirs {
		cases[filepath.Base(filepath.Dir(p))] = p
	}
	bench, _ := filepath.Glob("testdata/bench/*.py")
	for _, p := range bench {
		cases["bench_"+strings.TrimSuffix(filepath.Base(p), ".py")] = p
	}
	if len(cases) == 0 {
		t.Fatal("no seed programs found")
	}
	return cases
}

func TestGolden(t *testing.T) {
	for name, path := range seedCases(t) {
		t.Run(name, func(t *testing.T) {
			checkGolden(t, translate(t, path), filepath.Join("..", "golden", name+".go.golden"))
		})
	}
}

// TestGoldenStackless records the -stackless output of the programs it
// changes.
func TestGoldenStackless(t *testing.T) {
	opts := codegen.DefaultOptions("main.py")
	opts.Stackless = true
	changed := 0
	for name, path := range seedCases(t) {
		got := translateWith(t, path, opts)
		if bytes.Equal(got, translate(t, path)) {
			continue
		}
		changed++
		t.Run(name, func(t *testing.T) {
			checkGolden(t, got, filepath.Join("..", "golden", "stackless_"+name+".go.golden"))
		})
	}
	if changed == 0 {
		t.Fatal("-stackless changes none of the programs")
	}
}

func checkGolden(t *testing.T, got []byte, golden string) {
	t.Helper()
	if updating() {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with UPDATE_GOLDEN=1)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("generated Go differs from %s (run with UPDATE_GOLDEN=1 to accept):\n%s", golden, diff(string(want), string(got)))
	}
	typeCheck(t, got)
}

// diff shows the first differing lines.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return "line " + itoa(i+1) + ":\n-" + a + "\n+" + b
		}
	}
	return ""
}

func itoa(i int) string {
	return strings.TrimSpace(strings.Repeat(" ", 0) + fmtInt(i))
}

func fmtInt(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return fmtInt(i/10) + string(rune('0'+i%10))
}

var (
	importerOnce sync.Once
	sharedImp    types.Importer
	sharedFset   = token.NewFileSet()
)

// typeCheck compiles generated Go with go/types against the rt sources.
func typeCheck(t *testing.T, src []byte) {
	t.Helper()
	importerOnce.Do(func() {
		sharedImp = importer.ForCompiler(sharedFset, "source", nil)
	})
	f, err := parser.ParseFile(sharedFset, "main.go", src, parser.ParseComments)
	if err != nil {
		t.Fatalf("generated Go does not parse: %v", err)
	}
	conf := types.Config{Importer: sharedImp}
	var errs []string
	conf.Error = func(err error) { errs = append(errs, err.Error()) }
	conf.Check("main", sharedFset, []*ast.File{f}, nil)
	if len(errs) > 0 {
		t.Errorf("generated Go does not type-check:\n%s\n---\n%s", strings.Join(errs, "\n"), numbered(src))
	}
}

func numbered(src []byte) string {
	var b strings.Builder
	for i, l := range strings.Split(string(src), "\n") {
		b.WriteString(fmtInt(i+1) + "\t" + l + "\n")
	}
	return b.String()
}

// TestTranslateFile prints the Go for the file named by $PYASYNC2GO_FILE
// (a debugging aid; skipped otherwise).
func TestTranslateFile(t *testing.T) {
	path := os.Getenv("PYASYNC2GO_FILE")
	if path == "" {
		t.Skip("PYASYNC2GO_FILE not set")
	}
	out := translate(t, path)
	if dst := os.Getenv("PYASYNC2GO_OUT"); dst != "" {
		if err := os.WriteFile(dst, out, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	os.Stdout.Write(out)
}
