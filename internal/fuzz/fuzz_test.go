package fuzz

import (
	"errors"
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

	"github.com/pyasync2go/pyasync2go/diag"
	"github.com/pyasync2go/pyasync2go/driver"
)

var (
	importOnce sync.Once
	fset       = token.NewFileSet()
	imp        types.Importer
)

// typeCheck compiles generated Go with go/types against rt's source, in
// process, so that the target stays fast.
func typeCheck(src []byte) error {
	importOnce.Do(func() { imp = importer.ForCompiler(fset, "source", nil) })
	f, err := parser.ParseFile(fset, "main.go", src, parser.ParseComments)
	if err != nil {
		return err
	}
	var errs []string
	conf := types.Config{Importer: imp, Error: func(err error) { errs = append(errs, err.Error()) }}
	conf.Check("main", fset, []*ast.File{f}, nil)
	if len(errs) > 0 {
		return errors.New(strings.Join(errs, "\n"))
	}
	return nil
}

// seeds are the Python programs of the test corpora.
func seeds(f *testing.F) [][]byte {
	var out [][]byte
	for _, pattern := range []string{
		"../../testdata/*/*.py", "../../testdata/seed/*/main.py", "../../examples/*.py", "../../bench/*.py",
	} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			src, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			out = append(out, src)
		}
	}
	return out
}

// FuzzTranslate checks that any input yields either a diagnostic list
// with positions inside the input or Go that type-checks; never a panic,
// an internal error or Go that does not compile, with or without
// -stackless.
func FuzzTranslate(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		out, err := driver.Translate(driver.DefaultTranslator, "fuzz.py", src, driver.Options{})
		if err != nil {
			var list diag.List
			if !errors.As(err, &list) {
				var one *diag.Error
				if errors.As(err, &one) {
					return
				}
				t.Fatalf("error %T is not a diagnostic: %v", err, err)
			}
			for _, e := range list {
				if strings.Contains(e.Msg, "internal error") {
					t.Fatalf("internal error: %v", e)
				}
				if e.Pos.Line < 1 || e.Pos.Col < 1 {
					t.Fatalf("diagnostic without a position: %v", e)
				}
			}
			return
		}
		if err := typeCheck(out); err != nil {
			t.Fatalf("generated Go does not compile:\n%v\n---\n%s", err, out)
		}
		// What translates must translate with stackless frames too.
		frames, err := driver.Translate(driver.DefaultTranslator, "fuzz.py", src, driver.Options{Stackless: true})
		if err != nil {
			t.Fatalf("translates, but not with -stackless: %v", err)
		}
		if string(frames) != string(out) {
			if err := typeCheck(frames); err != nil {
				t.Fatalf("generated Go (-stackless) does not compile:\n%v\n---\n%s", err, frames)
			}
		}
	})
}
