package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestGoGeneratePackage translates a Python file into a Go package with
// -package and calls its functions from a Go program, as the README shows.
func TestGoGeneratePackage(t *testing.T) {
	if testing.Short() {
		t.Skip("builds pyasync2go and a module")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "bin")
	goCmd(t, root, "build", "-o", filepath.Join(bin, "pyasync2go"), "./cmd/pyasync2go")

	mod := filepath.Join(tmp, "mod")
	os.MkdirAll(filepath.Join(mod, "worker"), 0o755)
	gosum, _ := os.ReadFile(filepath.Join(root, "go.sum"))
	files := map[string]string{
		"go.mod": "module example.com/app\n\ngo 1.26\n\nrequire github.com/pyasync2go/pyasync2go v0.0.0\n\n" +
			"replace github.com/pyasync2go/pyasync2go => " + root + "\n",
		"go.sum":        string(gosum),
		"worker/gen.go": "package worker\n\n//go:generate pyasync2go translate -package worker -o worker_gen.go worker.py\n",
		"worker/worker.py": "import asyncio\n\n\nasync def fetch_size(url: str) -> int:\n    await asyncio.sleep(0.01)\n    return len(url)\n\n\n" +
			"def double(n: int) -> int:\n    return n * 2\n",
		"main.go": "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/app/worker\"\n)\n\n" +
			"func main() {\n\tn, err := worker.FetchSize(\"https://example.com\")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n" +
			"\td, err := worker.Double(n) // n * 2 may raise OverflowError\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tfmt.Println(n, d)\n}\n",
	}
	for name, content := range files {
		os.WriteFile(filepath.Join(mod, name), []byte(content), 0o644)
	}
	path := bin + string(os.PathListSeparator) + os.Getenv("PATH")
	goCmdEnv(t, mod, path, "generate", "./...")
	goCmdEnv(t, mod, path, "vet", "./...")
	goCmdEnv(t, mod, path, "build", "-o", "app", ".")
	out, err := exec.Command(filepath.Join(mod, "app")).CombinedOutput()
	if err != nil || string(out) != "19 38\n" {
		t.Errorf("app printed %q, %v; want \"19 38\"", out, err)
	}
}
