package corpus

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyasync2go/pyasync2go/driver"
)

// TestGeneratedVet runs go vet over the Go of every corpus and bench
// program that translates, with and without -stackless: generated code is
// meant to be vet-clean, like code a person would check in.
func TestGeneratedVet(t *testing.T) {
	if testing.Short() {
		t.Skip("vets the whole corpus")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	mod := fmt.Sprintf("module vetcheck\n\ngo 1.26\n\nrequire github.com/pyasync2go/pyasync2go v0.0.0\n\nreplace github.com/pyasync2go/pyasync2go => %s\n", root)
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644); err != nil {
		t.Fatal(err)
	}
	var progs []Program
	for _, corpus := range []string{"testdata/seed", "testdata/conformance", "testdata/lang", "examples", "bench"} {
		ps, err := Discover(filepath.Join(root, corpus))
		if err != nil {
			t.Fatal(err)
		}
		progs = append(progs, ps...)
	}
	n := 0
	for _, p := range progs {
		src, err := os.ReadFile(p.Path)
		if err != nil {
			t.Fatal(err)
		}
		for _, stackless := range []bool{false, true} {
			goSrc, err := driver.Translate(nil, p.Path, src, driver.Options{Stackless: stackless})
			if err != nil {
				continue // a diagnostic: the known failures are other tests' business
			}
			n++
			pkg := filepath.Join(dir, fmt.Sprintf("p%d", n))
			if err := os.MkdirAll(pkg, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(pkg, "main.go"), goSrc, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if n < 500 {
		t.Fatalf("only %d programs translated; the corpora hold more", n)
	}
	cmd := exec.Command(goCmd, "vet", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off", "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go vet of the generated programs: %v\n%s", err, strings.TrimSpace(string(out)))
	}
}
