package playground

import (
	"reflect"
	"strings"
	"testing"
)

func TestMapLines(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string // lines joined with \n, and a final \n
		go_  []string
		py   []int
	}{
		{
			name: "empty",
			in:   "",
			go_:  nil,
			py:   nil,
		},
		{
			name: "no directives",
			in:   "package main\n\nfunc main() {\n\tx()\n}",
			go_:  []string{"package main", "", "func main() {", "\tx()", "}"},
			py:   []int{0, 0, 0, 0, 0},
		},
		{
			name: "statement with several Go lines",
			in: "//line main.py:7\nfunc sleep() error {\n//line main.py:9\n\tif err := rt.Sleep(3); err != nil {\n" +
				"\t\treturn err\n\t}\n//line main.py:10\n\trt.Print(x)\n\treturn nil\n}",
			go_: []string{"func sleep() error {", "\tif err := rt.Sleep(3); err != nil {", "\t\treturn err", "\t}",
				"\trt.Print(x)", "\treturn nil", "}"},
			py: []int{7, 9, 9, 9, 10, 10, 0},
		},
		{
			name: "indented directives",
			in:   "func f() {\n\tif x {\n//line main.py:3\n\t\ty()\n\t\t//line main.py:4\n\t\tz()\n\t}\n}",
			go_:  []string{"func f() {", "\tif x {", "\t\ty()", "\t\tz()", "\t}", "}"},
			py:   []int{0, 0, 3, 4, 4, 0},
		},
		{
			name: "top-level declaration without directive is unmapped",
			in: "//line main.py:22\n\trt.Print(x)\n}\n\nfunc main() {\n\trt.Main(func() error {\n" +
				"//line main.py:26\n\t\t_, err := rt.Run(main_)\n\t\treturn err\n\t})\n}",
			go_: []string{"\trt.Print(x)", "}", "", "func main() {", "\trt.Main(func() error {",
				"\t\t_, err := rt.Run(main_)", "\t\treturn err", "\t})", "}"},
			py: []int{22, 0, 0, 0, 0, 26, 26, 26, 0},
		},
		{
			name: "blank lines inside a statement's Go",
			in:   "//line main.py:5\n\ta := 1\n\n\tb := 2",
			go_:  []string{"\ta := 1", "", "\tb := 2"},
			py:   []int{5, 0, 5},
		},
		{
			name: "directive forms",
			in: "//line main.py:2:5\n\ta()\n//line /abs/dir/main.py:3\n\tb()\n//line C:\\x\\main.py:4\n\tc()\n" +
				"//line :6\n\td()\n\t//line main.py:0\n\te()\n\t//line main.py:x\n\tf()\n\t// line main.py:9\n\tg()",
			go_: []string{"\ta()", "\tb()", "\tc()", "\td()", "\t//line main.py:0", "\te()", "\t//line main.py:x", "\tf()",
				"\t// line main.py:9", "\tg()"},
			py: []int{2, 3, 4, 6, 6, 6, 6, 6, 6, 6},
		},
		{
			name: "directive on the last line",
			in:   "\tx()\n//line main.py:3",
			go_:  []string{"\tx()"},
			py:   []int{0},
		},
		{
			name: "a comment at column 0 ends a directive's reach",
			in:   "//line main.py:2\n\ta()\n// Doc comment.\n//line main.py:5\nfunc g() {",
			go_:  []string{"\ta()", "// Doc comment.", "func g() {"},
			py:   []int{2, 0, 5},
		},
		{
			name: "CRLF",
			in:   "//line main.py:4\r\n\tx()\r",
			go_:  []string{"\tx()\r"},
			py:   []int{4},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.in
			if in != "" {
				in += "\n"
			}
			m := MapLines(in)
			var got []string
			if m.Go != "" {
				got = strings.Split(strings.TrimSuffix(m.Go, "\n"), "\n")
			}
			if !reflect.DeepEqual(got, tc.go_) {
				t.Errorf("Go lines:\n%q\nwant\n%q", got, tc.go_)
			}
			if !reflect.DeepEqual(m.Python, tc.py) {
				t.Errorf("Python lines %v, want %v", m.Python, tc.py)
			}
			if len(m.Python) != len(got) {
				t.Errorf("%d mappings for %d Go lines", len(m.Python), len(got))
			}
		})
	}
}

// Without a final newline the output has one anyway.
func TestMapLinesNoFinalNewline(t *testing.T) {
	m := MapLines("//line a.py:1\n\tx()")
	if m.Go != "\tx()\n" || !reflect.DeepEqual(m.Python, []int{1}) {
		t.Errorf("got %q %v", m.Go, m.Python)
	}
}
