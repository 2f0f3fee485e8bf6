package repl

import (
	"go/importer"
	"go/token"
	"strconv"
	"strings"
	"testing"
)

// session feeds inputs to a translator and a linker as a session does,
// without building or running anything: each input is accepted as if it
// ran.
type testSession struct {
	t  *testing.T
	tr *translator
	ln *linker
	n  int
}

func newTestSession(t *testing.T) *testSession {
	return &testSession{t: t, tr: newTranslator(), ln: newLinker(importer.ForCompiler(token.NewFileSet(), "source", nil), "sess")}
}

// input translates and links src; it returns the linked Go, or the
// conflicts, or fails the test on any other error.
func (s *testSession) input(src string) (goSrc string, conflicts []string) {
	s.t.Helper()
	pkg := "c" + strconv.Itoa(s.n)
	tr, err := s.tr.translate(pkg, []byte(src))
	if err != nil {
		s.t.Fatalf("%q: %v", src, err)
	}
	if !tr.runs() {
		s.tr.accept(tr, false)
		return "", nil
	}
	rebinds := rebindsAtTop(tr.mod)
	ln, err := s.ln.link(pkg, tr.src, func(py string) bool { return rebinds[py] })
	if err != nil {
		s.t.Fatalf("%q: %v", src, err)
	}
	for _, c := range ln.conflicts {
		conflicts = append(conflicts, c.py)
	}
	if len(conflicts) > 0 {
		return "", conflicts
	}
	s.n++
	s.tr.accept(tr, true)
	for name, h := range ln.declared {
		s.ln.home[name] = h
	}
	return string(ln.src), nil
}

func contains(t *testing.T, src string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(src, w) {
			t.Errorf("the linked Go lacks %q:\n%s", w, src)
		}
	}
}

func lacks(t *testing.T, src string, unwanted ...string) {
	t.Helper()
	for _, w := range unwanted {
		if strings.Contains(src, w) {
			t.Errorf("the linked Go has %q:\n%s", w, src)
		}
	}
}

// A variable lives in the package of the input that made it; later inputs
// use it there.
func TestLinkVariablesStayHome(t *testing.T) {
	s := newTestSession(t)
	first, _ := s.input("x = 5\n")
	contains(t, first, "var (\n\tPy_x int\n)", "Py_x = 5")
	second, _ := s.input("x = x + 1\nx\n")
	contains(t, second, `"sess/c0"`, "c0.Py_x = c0.Py_x + 1", "rt.Display(c0.Py_x)")
	lacks(t, second, "var (")
}

// A function is declared anew when it changed, with the types the
// session's calls give it; an unchanged one is used from where it is.
func TestLinkFunctions(t *testing.T) {
	s := newTestSession(t)
	if src, _ := s.input("async def double(n):\n    await asyncio.sleep(0)\n    return n * 2\n"); src != "" {
		t.Errorf("an input that only defines got a package:\n%s", src)
	}
	first, _ := s.input("await double(2)\n")
	contains(t, first, "func Py_double(n int) (int, error)", "Py_double(2)", "var Async = true")
	second, _ := s.input("await double(3)\n")
	contains(t, second, `"sess/c0"`, "c0.Py_double(3)")
	lacks(t, second, "func Py_double")
	third, _ := s.input("await double('ab')\n")
	contains(t, third, "func Py_double(n any) (any, error)")
}

// Redefining a function makes the functions that call it anew too.
func TestLinkRedefinition(t *testing.T) {
	s := newTestSession(t)
	s.input("def helper(x):\n    return x + 1\n")
	s.input("def main(n):\n    return helper(n)\n")
	s.input("main(1)\n")
	s.input("def helper(x):\n    return x * 100\n")
	src, _ := s.input("main(2)\n")
	contains(t, src, "func Py_helper(x int) (int, error)", "func Py_main_(n int) (int, error)", "Py_main_(2)")
}

// Objects keep their class: a class of an earlier input is used from
// there, and its attributes keep the types they had.
func TestLinkClasses(t *testing.T) {
	s := newTestSession(t)
	s.input("class P:\n    def __init__(self, n):\n        self.n = n\n    def hi(self):\n        return self.n\n")
	first, _ := s.input("p = P(3)\n")
	contains(t, first, "type P struct {\n\tPy_n int\n}", "func (self *P) Py_hi() int")
	second, _ := s.input("p.hi()\nq = P(4)\n")
	contains(t, second, "c0.Py_p.Py_hi()", "Py_q = c0.NewP(4)")
	lacks(t, second, "type P struct")
}

// A variable whose type an input would change refuses the input, unless
// the input assigns it anew first.
func TestLinkConflicts(t *testing.T) {
	s := newTestSession(t)
	s.input("xs = [1, 2]\n")
	if _, conflicts := s.input("xs.append('a')\n"); len(conflicts) != 1 || conflicts[0] != "xs" {
		t.Errorf("appending a str to a list of ints: conflicts %v, want [xs]", conflicts)
	}
	src, conflicts := s.input("xs = ['a']\nxs.append('b')\n")
	if len(conflicts) > 0 {
		t.Fatalf("assigning anew: conflicts %v", conflicts)
	}
	contains(t, src, "Py_xs []any", "Py_xs = []any{\"a\"}")
	// An empty list settled as a list of dynamic items takes anything.
	s.input("ys = []\n")
	if _, conflicts := s.input("ys.append(1)\nys.append('a')\n"); len(conflicts) > 0 {
		t.Errorf("filling an empty list: conflicts %v", conflicts)
	}
}

// A function nothing called yet has no Go type: using it as a value is
// a diagnostic, not Go that fails to build; once called, it is a value
// like any.
func TestPendingFunctionAsValue(t *testing.T) {
	s := newTestSession(t)
	s.input("def f(x):\n    return x + 1\n")
	_, err := s.tr.translate("c0", []byte("g = f\n"))
	if err == nil || !strings.Contains(err.Error(), "the function 'f' as a value before a call") {
		t.Fatalf("g = f before any call: %v, want the pending-function diagnostic", err)
	}
	s.input("f(1)\n")
	src, _ := s.input("g = f\ng(2)\n")
	contains(t, src, "Py_g = c0.Py_f", "Py_g(2)")
}
