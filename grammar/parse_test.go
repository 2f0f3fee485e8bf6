package grammar

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.dump from python3")

// cpythonDump returns CPython's dump of file: live from python3 when it is
// installed (and recorded with -update), else the recorded one.
func cpythonDump(t *testing.T, file string) string {
	t.Helper()
	golden := strings.TrimSuffix(file, ".py") + ".dump"
	py, err := exec.LookPath("python3")
	if err != nil {
		if *update {
			t.Fatal("-update needs python3")
		}
		b, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	out, err := exec.Command(py, filepath.Join("testdata", "dump.py"), file).Output()
	if err != nil {
		t.Fatalf("python3 dump.py %s: %v", file, err)
	}
	if *update {
		if err := os.WriteFile(golden, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return string(out)
}

func corpus(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join("testdata", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range files {
		if filepath.Base(f) != "dump.py" {
			out = append(out, f)
		}
	}
	return out
}

// TestCPythonDump parses every testdata/*.py and compares the tree, with
// node positions, with CPython's.
func TestCPythonDump(t *testing.T) {
	for _, file := range corpus(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want := cpythonDump(t, file)
			mod, err := Parse(file, src)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			got := dumpModule(mod)
			if got != want {
				t.Errorf("tree differs from CPython's:\n%s", firstDiff(got, want))
			}
		})
	}
}

// firstDiff shows the first differing line of two dumps and where in it
// they part.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl == wl {
			continue
		}
		j := 0
		for j < len(gl) && j < len(wl) && gl[j] == wl[j] {
			j++
		}
		from := max(0, j-60)
		return "statement " + strconv.Itoa(i+1) + ":\n got: ..." + gl[from:min(len(gl), j+100)] + "\nwant: ..." + wl[from:min(len(wl), j+100)]
	}
	return ""
}
