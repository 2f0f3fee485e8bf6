package codegen_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGenericCallbacks checks which helpers become Go generic functions:
// those that only print, format or discard the result of a callback
// passed lambdas of different result types.
func TestGenericCallbacks(t *testing.T) {
	src := `def show(label, fn):
    print(label, fn())


def same(fn):
    print(fn())


def kept(fn):
    r = fn()
    print(r == 3)


def stored(fn):
    g = fn
    print(g())


show("a", lambda: 1)
show("b", lambda: "x")
show("c", lambda: print("side"))
same(lambda: 1)
same(lambda: 2)
kept(lambda: 3)
kept(lambda: "3")
stored(lambda: 1.5)
stored(lambda: [1])
`
	path := filepath.Join(t.TempDir(), "main.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out := string(translate(t, path))
	for _, want := range []string{
		"func show[T any](label string, fn func() T)",
		"func same(fn func() int)",         // one result type: no type parameter
		"func kept(fn func() any)",         // the result is kept in a variable
		"func stored(fn func() any)",       // the callback is a value
		"show(\"c\", func() rt.NoneType {", // None is a value of the type parameter
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
}
