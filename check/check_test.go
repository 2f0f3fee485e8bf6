package check_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pyasync2go/pyasync2go/check"
	"github.com/pyasync2go/pyasync2go/diag"
	"github.com/pyasync2go/pyasync2go/grammar"
)

func checkSrc(t *testing.T, src string) (*check.Info, diag.List) {
	t.Helper()
	mod, err := grammar.Parse("main.py", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	info, err := check.Check(mod)
	if err != nil {
		l, ok := err.(diag.List)
		if !ok {
			t.Fatalf("error is not a diag.List: %v", err)
		}
		return info, l
	}
	return info, nil
}

// TestSeedStatic checks that the seed programs and the shared benchmarks
// are accepted and 100% static.
func TestSeedStatic(t *testing.T) {
	files, _ := filepath.Glob("../testdata/seed/*/main.py")
	bench, _ := filepath.Glob("../codegen/testdata/bench/*.py")
	files = append(files, bench...)
	if len(files) == 0 {
		t.Skip("no seed programs")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		info, errs := checkSrc(t, string(src))
		if errs != nil {
			t.Errorf("%s: %v", f, errs)
			continue
		}
		if info.Stats.Dynamic() != 0 || info.Stats.Static() == 0 {
			t.Errorf("%s: stats %+v, want all static", f, info.Stats)
		}
	}
}

// TestDiagnostics checks messages written next to the code that causes
// them, as "# ERROR "regexp"" comments.
func TestDiagnostics(t *testing.T) {
	cases := []string{
		`import numpy  # ERROR "unsupported module 'numpy'"
`,
		`m = map(abs, [1, -2])
print(list(zip(m, [1])))  # ERROR "unsupported: iterating over iterator"
`,
		`d = {"a": 1}
ks = ["a", "b"]
print(max(ks, key=d.get))  # ERROR "d.get as a function over values other than the keys of d"
ks.sort(key=d.get)  # ERROR "d.get as a function over values other than the keys of d"
`,
		`import dataclasses
@dataclasses.dataclass(slots=True)  # ERROR "dataclass option slots="
class P:
    x: int
print(P(1))
`,
		`import dataclasses
@dataclasses.dataclass(frozen=True)
class P:
    x: int
p = P(1)
p.y = 2  # ERROR "frozen dataclass that has no such field"
`,
		`import asyncio
async def main():
    await asyncio.sleeep(1)  # ERROR "module 'asyncio' has no attribute 'sleeep'"
asyncio.run(main())
`,
		`import asyncio
def f():
    await asyncio.sleep(1)  # ERROR "'await' outside async function"
f()
`,
		`return 1  # ERROR "'return' outside function"
`,
		`print(undefined_name)  # ERROR "name 'undefined_name' is not defined"
`,
		`def f(a, b):
    return a + b
print(f(1))  # ERROR "missing 1 required positional argument: 'b'"
`,
		`def f(a):
    return a
print(f(1, 2))  # ERROR "takes 1 positional argument but 2 were given"
`,
		`class Meta(type): pass  # ERROR "unsupported"
`,
		`d = {1: "a", "b": 2}
print(d)
`,
		`for i in range(3):
    pass
break  # ERROR "'break' outside loop"
`,
		`import asyncio
async def main():
    q = asyncio.Barrier(2)  # ERROR "unsupported: asyncio.Barrier"
asyncio.run(main())
`,
		`exec("x = 1")  # ERROR "unsupported: exec\(\)"
`,
	}
	marker := regexp.MustCompile(`# ERROR "(.*)"`)
	for i, src := range cases {
		_, errs := checkSrc(t, src)
		want := map[int]*regexp.Regexp{}
		for ln, line := range strings.Split(src, "\n") {
			if m := marker.FindStringSubmatch(line); m != nil {
				want[ln+1] = regexp.MustCompile(m[1])
			}
		}
		if len(want) == 0 && i == 8 {
			// a dict whose keys mix int and str holds dynamic keys
			if errs != nil {
				t.Errorf("case %d: want no diagnostic, got %v", i, errs)
			}
			continue
		}
		for ln, rx := range want {
			found := false
			for _, e := range errs {
				if e.Pos.Line == ln && rx.MatchString(e.Msg) {
					found = true
				}
			}
			if !found {
				t.Errorf("case %d: no diagnostic matching %q at line %d; got:\n%v", i, rx, ln, errs)
			}
		}
	}
}

// TestFeaturesTable checks that the support table has unique keys and
// that every row names a construct.
func TestFeaturesTable(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range check.Features {
		if seen[f.Key] || f.Construct == "" {
			t.Errorf("bad row %+v", f)
		}
		seen[f.Key] = true
	}
}
