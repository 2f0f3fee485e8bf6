package grammar

import (
	"encoding/json"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/pyasync2go/pyasync2go/diag"
)

// syntaxErrors maps bad inputs to the first error CPython 3.11 reports,
// as "line:col: message" with CPython's 1-based offset. When python3 is
// installed the test also checks each expectation against it.
var syntaxErrors = []struct{ src, want string }{
	{"if x\n  pass\n", "1:5: expected ':'"},
	{"if x:\npass\n", "2:1: expected an indented block after 'if' statement on line 1"},
	{"x = (1,\n", "1:5: '(' was never closed"},
	{"x = )\n", "1:5: unmatched ')'"},
	{"x = 'abc\n", "1:5: unterminated string literal (detected at line 1)"},
	{"x = '''abc\n\n", "1:5: unterminated triple-quoted string literal (detected at line 2)"},
	{"  x = 1\n", "1:2: unexpected indent"},
	{"    x = 1\n", "1:4: unexpected indent"},
	{"if x:\n    a\n  b\n", "3:4: unindent does not match any outer indentation level"},
	{"if 1:\n        a\n    b\n", "3:6: unindent does not match any outer indentation level"},
	{"x = 1 $ 2\n", "1:7: invalid syntax"},
	{"x = 1€\n", "1:6: invalid character '€' (U+20AC)"},
	{"x = 09\n", "1:5: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
	{"x = 1_\n", "1:6: invalid decimal literal"},
	{"x = 1a\n", "1:5: invalid decimal literal"},
	{"x = 1.5a\n", "1:7: invalid decimal literal"},
	{"x = 1e\n", "1:5: invalid decimal literal"},
	{"x = 0x\n", "1:6: invalid hexadecimal literal"},
	{"x = 0x1g\n", "1:7: invalid hexadecimal literal"},
	{"x = 0b2\n", "1:7: invalid digit '2' in binary literal"},
	{"x = 0o8\n", "1:7: invalid digit '8' in octal literal"},
	{"x = 1__0\n", "1:6: invalid decimal literal"},
	{"def f(:\n", "1:7: invalid syntax"},
	{"x = = 1\n", "1:5: invalid syntax"},
	{"f(x for x in y, 1)\n", "1:3: Generator expression must be parenthesized"},
	{"f(a, x for x in y)\n", "1:6: Generator expression must be parenthesized"},
	{"x := 1\n", "1:3: invalid syntax"},
	{"a + 1 = 2\n", "1:1: cannot assign to expression here. Maybe you meant '==' instead of '='?"},
	{"f() = 1\n", "1:1: cannot assign to function call here. Maybe you meant '==' instead of '='?"},
	{"1 = x\n", "1:1: cannot assign to literal here. Maybe you meant '==' instead of '='?"},
	{"None = 1\n", "1:1: cannot assign to None"},
	{"for f() in x: pass\n", "1:5: cannot assign to function call"},
	{"with a as f(): pass\n", "1:11: cannot assign to function call"},
	{"del f()\n", "1:5: cannot delete function call"},
	{"del x + 1\n", "1:5: cannot delete expression"},
	{"x = [1, 2\ny = 3\n", "1:5: '[' was never closed"},
	{"x = (1, 2]\n", "1:10: closing parenthesis ']' does not match opening parenthesis '('"},
	{"x = (\n1]\n", "2:2: closing parenthesis ']' does not match opening parenthesis '(' on line 1"},
	{"def f(a=1, b): pass\n", "1:12: non-default argument follows default argument"},
	{"lambda a=1, b: 0\n", "1:13: non-default argument follows default argument"},
	{"def f(*): pass\n", "1:7: named arguments must follow bare *"},
	{"def f(x, *, **k): pass\n", "1:10: named arguments must follow bare *"},
	{"def f(*a, *b): pass\n", "1:11: * argument may appear only once"},
	{"def f(**k, a): pass\n", "1:12: arguments cannot follow var-keyword argument"},
	{"def f(a, a): pass\n", "1:10: duplicate argument 'a' in function definition"},
	{"class A\n", "1:8: expected ':'"},
	{"while x\n", "1:8: expected ':'"},
	{"if x:\n  pass\nelse\n", "3:5: expected ':'"},
	{"try:\n  pass\nx=1\n", "3:1: expected 'except' or 'finally' block"},
	{"try:\n  pass\n", "2:7: expected 'except' or 'finally' block"},
	{"x = 1 +\n", "1:8: invalid syntax"},
	{"print 'x'\n", "1:1: Missing parentheses in call to 'print'. Did you mean print(...)?"},
	{"x = f'{'\n", "1:9: f-string: expecting '}'"},
	{"x = f'{}'\n", "1:10: f-string: empty expression not allowed"},
	{"x = f'}'\n", "1:9: f-string: single '}' is not allowed"},
	{"x = f'{x!z}'\n", "1:13: f-string: invalid conversion character: expected 's', 'r', or 'a'"},
	{"x = b'é'\n", "1:5: bytes can only contain ASCII literal characters"},
	{"x = u'a'b''\n", "1:12: cannot mix bytes and nonbytes literals"},
	{"def f():\n\treturn 1\n        return 2\n", "3:1: inconsistent use of tabs and spaces in indentation"},
	{"x = 1 if y\n", "1:5: expected 'else' after 'if' expression"},
	{"import\n", "1:7: invalid syntax"},
	{"from x import\n", "1:14: invalid syntax"},
	{"from x import (a, b\n", "1:15: '(' was never closed"},
	{"async x\n", "1:7: invalid syntax"},
	{"x = yield = 3\n", "1:5: assignment to yield expression not possible"},
	{"a, b += 1\n", "1:1: 'tuple' is an illegal expression for augmented assignment"},
	{"except: pass\n", "1:1: invalid syntax"},
	{"x = {1: 2, 3}\n", "1:12: ':' expected after dictionary key"},
	{"x = [*a for a in b]\n", "1:6: iterable unpacking cannot be used in comprehension"},
	{"f(**a, *b)\n", "1:8: iterable argument unpacking follows keyword argument unpacking"},
	{"f(a=1, b)\n", "1:9: positional argument follows keyword argument"},
	{"x = 5 5\n", "1:7: invalid syntax"},
	{"if True:\n  x = (\n", "2:7: '(' was never closed"},
	{"x = \\ 1\n", "1:6: unexpected character after line continuation character"},
	{"x = 'a' 'b\n", "1:9: unterminated string literal (detected at line 1)"},
	{"for x in range(3):\nprint(x)\n", "2:1: expected an indented block after 'for' statement on line 1"},
	{"def f():\nreturn\n", "2:1: expected an indented block after function definition on line 1"},
	{"class A:\n\nx=1\n", "3:1: expected an indented block after class definition on line 1"},
	{"with a:\npass\n", "2:1: expected an indented block after 'with' statement on line 1"},
	{"while 1:\npass\n", "2:1: expected an indented block after 'while' statement on line 1"},
	{"async def f():\n  async for x in y:\n  pass\n", "3:3: expected an indented block after 'for' statement on line 2"},
	{"try:\n  pass\nexcept* E:\npass\n", "4:1: expected an indented block after 'except*' statement on line 3"},
	{"try:\n pass\nfinally:\npass\n", "4:1: expected an indented block after 'finally' statement on line 3"},
	{"if x:\n pass\nelif y:\npass\n", "4:1: expected an indented block after 'elif' statement on line 3"},
	{"@d\ndef f():\npass\n", "3:1: expected an indented block after function definition on line 2"},
	{"elif x: pass\n", "1:1: invalid syntax"},
	{"}\n", "1:1: unmatched '}'"},
	{"x.1\n", "1:2: invalid syntax"},
	{"x = *a\n", "1:5: can't use starred expression here"},
	{"x = a if b else\n", "1:16: invalid syntax"},
	{"x = not\n", "1:8: invalid syntax"},
	{"a not b\n", "1:7: invalid syntax"},
	{"x is not not y\n", "1:10: invalid syntax"},
	{"x = 1 if 2 else 3 if 4\n", "1:17: expected 'else' after 'if' expression"},
	{"a, *b, *c = d\n", "1:1: multiple starred expressions in assignment"},
	{"a, b: int\n", "1:1: only single target (not tuple) can be annotated"},
	{"f(): int\n", "1:1: illegal target for annotation"},
	{"del *x\n", "1:5: cannot delete starred"},
	{"for *x in y: pass\n", "1:5: starred assignment target must be in a list or tuple"},
	{"x = lambda: yield\n", "1:13: invalid syntax"},
	{"from a import (*)\n", "1:16: invalid syntax"},
	{"def f():\n  x = 1\n   y = 2\n", "3:3: unexpected indent"},
	{"x = = 1\ny = 'abc\n", "2:5: unterminated string literal (detected at line 2)"},
	{"x = = 1\ny = (\n", "1:5: invalid syntax"},
	{"x = (1 2\n", "1:5: '(' was never closed"},
	{"x = 1;;\n", "1:7: invalid syntax"},
	{"x = 1 ! 2\n", "1:7: invalid syntax"},
	{"x = `a`\n", "1:5: invalid syntax"},
	{"global x, \n", "1:11: invalid syntax"},
	{"x = yield from\n", "1:15: invalid syntax"},
	{"try:\n  pass\nexcept E:\n  pass\nexcept* F:\n  pass\n", "5:1: cannot have both 'except' and 'except*' on the same 'try'"},
	{"try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n", "3:1: default 'except:' must be last"},
	{"f(x for x in y, )\n", "1:3: Generator expression must be parenthesized"},
	{"def f(a, /, b, /): pass\n", "1:16: / may appear only once"},
	{"def f(/): pass\n", "1:7: invalid syntax"},
	{"def f(*, a, /): pass\n", "1:13: / must be ahead of *"},
	{"x = 1\n\\", "2:2: unexpected EOF while parsing"},
	{"(a, b) += 1\n", "1:1: 'tuple' is an illegal expression for augmented assignment"},
	{"x = {**a, b}\n", "1:11: ':' expected after dictionary key"},
	{"def f():\n    return 1\n  x = 2\n", "3:8: unindent does not match any outer indentation level"},
	{"x = \x01\n", "1:5: invalid non-printable character U+0001"},
	{"x = \u00a0 1\n", "1:5: invalid non-printable character U+00A0"},
	{"x = [1,\n  2,\n\n", "1:5: '[' was never closed"},
	{"  \n\tx = 1\n", "2:1: unexpected indent"},
	{"x = \"\"\"\n", "1:5: unterminated triple-quoted string literal (detected at line 1)"},
	{"if x = 1:\n  pass\n", "1:4: invalid syntax. Maybe you meant '==' or ':=' instead of '='?"},
	{"while x = 1:\n  pass\n", "1:7: invalid syntax. Maybe you meant '==' or ':=' instead of '='?"},
	{"x = {'a': 1 'b': 2}\n", "1:11: invalid syntax. Perhaps you forgot a comma?"},
	{"x = (a b)\n", "1:6: invalid syntax. Perhaps you forgot a comma?"},
	{"def f(x y): pass\n", "1:9: invalid syntax"},
	{"for x in range(3) print(x)\n", "1:19: invalid syntax"},
	{"import a.b as\n", "1:14: invalid syntax"},
	{"def f()\n  pass\n", "1:8: expected ':'"},
	{"for x in y\n  pass\n", "1:11: expected ':'"},
	{"class A(B)\n  pass\n", "1:11: expected ':'"},
	{"with a as b\n  pass\n", "1:12: expected ':'"},
	{"else if x:\n  pass\n", "1:1: invalid syntax"},
	{"x = [1, 2, 3\n", "1:5: '[' was never closed"},
	{"print('a' 'b'\n", "1:6: '(' was never closed"},
	{"f'{a!}'\n", "1:8: f-string: invalid conversion character: expected 's', 'r', or 'a'"},
	{"f'{#}'\n", "1:7: f-string expression part cannot include '#'"},
	{"f'{)}'\n", "1:7: f-string: unmatched ')'"},
	{"f'{a:{b:{c}}}'\n", "1:15: f-string: expressions nested too deeply"},
	{"f'{a\\n}'\n", "1:9: f-string expression part cannot include a backslash"},
	{"if x:\n  pass\n else:\n  pass\n", "3:7: unindent does not match any outer indentation level"},
	{"def f(a, b):\nreturn a\n", "2:1: expected an indented block after function definition on line 1"},
	{"x = 1\n    y = 2\n", "2:4: unexpected indent"},
	{"from . import\n", "1:14: invalid syntax"},
	{"x = f(a=)\n", "1:9: invalid syntax"},
	{"x = f(=1)\n", "1:7: invalid syntax"},
	{"try:\n  pass\nexcept E, F:\n  pass\n", "3:8: multiple exception types must be parenthesized"},
	{"lambda x: \n", "1:11: invalid syntax"},
	{"x = 1 +* 2\n", "1:8: invalid syntax"},
	{"a.b.\n", "1:5: invalid syntax"},
	{"x = y.\n", "1:7: invalid syntax"},
	{"async def f():\n  await\n", "2:8: invalid syntax"},
	{"x = [i for i in]\n", "1:16: invalid syntax"},
	{"del\n", "1:4: invalid syntax"},
	{"assert\n", "1:7: invalid syntax"},
	{"raise from e\n", "1:7: invalid syntax"},
	{"return return\n", "1:8: invalid syntax"},
	{"if:\n  pass\n", "1:3: invalid syntax"},
	{"@\ndef f(): pass\n", "1:2: invalid syntax"},
	{"x = 'a'.'b'\n", "1:9: invalid syntax"},
	{"class A:\npass\n", "2:1: expected an indented block after class definition on line 1"},
	{"def f():\n  '''doc'''\n x = 1\n", "3:7: unindent does not match any outer indentation level"},
	{"x: = 1\n", "1:4: invalid syntax"},
	{"x = 1 = 2\n", "1:5: cannot assign to literal"},
	{"f(x) += 1\n", "1:1: 'function call' is an illegal expression for augmented assignment"},
	{"x, y: int = 1, 2\n", "1:1: only single target (not tuple) can be annotated"},
	{"while True print(1)\n", "1:12: invalid syntax"},
	{"f(a=1, a=2)\n", "1:8: keyword argument repeated: a"},
	{"__debug__ = 1\n", "1:1: cannot assign to __debug__"},
	{"[x for x in 1, 2]\n", "1:14: invalid syntax"},
	{"[x, y for x in z]\n", "1:2: did you forget parentheses around the comprehension target?"},
	{"(x, y for x in z)\n", "1:7: invalid syntax"},
	{"{x: y for x in z, 1}\n", "1:17: invalid syntax"},
	{"class A(x=1, y): pass\n", "1:15: positional argument follows keyword argument"},
	{"(*a)\n", "1:2: cannot use starred expression here"},
	{"a[b for b in c]\n", "1:5: invalid syntax"},
}

// ours are diagnostics for input CPython accepts but the subset does not.
var ours = []struct{ src, want string }{
	{"x = 1\x00\n", "1:6: source code cannot contain null bytes"},
	{"match x:\n  case 1: pass\n", "1:1: unsupported: match statement"},
	{"def g():\n  yield from x\n", "2:3: unsupported: 'yield from'"},
	{"x = '\\N{DASH}'\n", "1:15: unsupported: \\N{...} escape in a string literal"},
}

func firstError(t *testing.T, src string) string {
	t.Helper()
	_, err := Parse("x.py", []byte(src))
	if err == nil {
		return "no error"
	}
	var list diag.List
	if !errors.As(err, &list) || len(list) == 0 {
		t.Fatalf("error is %T, not a diag.List", err)
	}
	e := list[0]
	return fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Col, e.Msg)
}

func TestSyntaxErrors(t *testing.T) {
	for _, tc := range append(syntaxErrors, ours...) {
		if got := firstError(t, tc.src); got != tc.want {
			t.Errorf("Parse(%q):\n got %s\nwant %s", tc.src, got, tc.want)
		}
	}
}

// TestSyntaxErrorsMatchCPython checks the table itself against python3.
func TestSyntaxErrorsMatchCPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	var prog strings.Builder
	prog.WriteString("import sys, json\nfor src in json.load(sys.stdin):\n")
	prog.WriteString("    try:\n        compile(src, 'x.py', 'exec'); print('no error')\n")
	prog.WriteString("    except SyntaxError as e:\n        print(f'{e.lineno}:{e.offset}: {e.msg}')\n")
	var srcs []string
	for _, tc := range syntaxErrors {
		srcs = append(srcs, tc.src)
	}
	input, err := json.Marshal(srcs)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "-W", "ignore", "-c", prog.String())
	cmd.Stdin = strings.NewReader(string(input))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	for i, tc := range syntaxErrors {
		if i < len(lines) && lines[i] != tc.want {
			t.Errorf("CPython on %q says %s, table says %s", tc.src, lines[i], tc.want)
		}
	}
}

// TestSeveralErrors checks that parsing resumes at the next top-level
// statement after a syntax error.
func TestSeveralErrors(t *testing.T) {
	src := "x = = 1\ndef f(a b):\n    pass\nif x\n    y = 2\nelse:\n    pass\nz = 3 +\nok = 1\n"
	_, err := Parse("x.py", []byte(src))
	var list diag.List
	if !errors.As(err, &list) {
		t.Fatalf("got %v", err)
	}
	var got []string
	for _, e := range list {
		got = append(got, e.Error())
	}
	want := []string{
		"x.py:1:5: invalid syntax",
		"x.py:2:9: invalid syntax",
		"x.py:4:5: expected ':'",
		"x.py:8:8: invalid syntax",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if list[0].Source != "x = = 1" {
		t.Errorf("Source = %q", list[0].Source)
	}
}

// TestConvertErrors checks that errors found after parsing are all reported.
func TestConvertErrors(t *testing.T) {
	src := "f() = 1\na + 1 = 2\ndel g()\n"
	_, err := Parse("x.py", []byte(src))
	if err == nil || strings.Count(err.Error(), "\n") != 2 {
		t.Errorf("want 3 errors, got:\n%v", err)
	}
}
