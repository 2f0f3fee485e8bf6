package grammar

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/pyasync2go/pyasync2go/diag"
)

// FuzzParse checks that any input yields a tree or a diag.List of errors
// with positions inside the input, and never a panic or a hang.
func FuzzParse(f *testing.F) {
	for _, file := range corpus(f) {
		src, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	for _, tc := range syntaxErrors {
		f.Add([]byte(tc.src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := Parse("fuzz.py", src)
		if err == nil {
			if mod == nil {
				t.Fatal("nil module without error")
			}
			return
		}
		var list diag.List
		if !errors.As(err, &list) || len(list) == 0 {
			t.Fatalf("error %T is not a non-empty diag.List: %v", err, err)
		}
		norm := strings.ReplaceAll(strings.ReplaceAll(string(src), "\r\n", "\n"), "\r", "\n")
		lines := strings.Count(norm, "\n") + 2
		for _, e := range list {
			if strings.HasPrefix(e.Msg, "internal error") {
				t.Fatalf("%v", e)
			}
			if e.File != "fuzz.py" || e.Pos.Line < 1 || e.Pos.Line > lines || e.Pos.Col < 1 {
				t.Fatalf("bad position: %v", e)
			}
		}
	})
}

func TestDeepNesting(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"x = " + strings.Repeat("(", 300) + strings.Repeat(")", 300) + "\n", "1:205: too many nested parentheses"},
		{"x = " + strings.Repeat("-", 100000) + "1\n", "1:505: too many nested expressions"},
		{"x = " + strings.Repeat("lambda: ", 100000) + "1\n", "1:4005: too many nested expressions"},
		{"if 1:\n" + deepIfs(110), "101:1: too many levels of indentation"},
	} {
		if got := firstError(t, tc.src); got != tc.want {
			t.Errorf("got %s, want %s", got, tc.want)
		}
	}
}

func deepIfs(n int) string {
	var b strings.Builder
	for i := 1; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "if 1:\n")
	}
	b.WriteString(strings.Repeat(" ", n+10) + "pass\n")
	return b.String()
}
