package pyasync2go

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestRuntimeFilesMatchDisk(t *testing.T) {
	files := RuntimeFiles()
	if len(files) == 0 {
		t.Fatal("no runtime files embedded")
	}
	onDisk, err := filepath.Glob("rt/*.go")
	if err != nil {
		t.Fatal(err)
	}
	asm, err := filepath.Glob("rt/*.s")
	if err != nil {
		t.Fatal(err)
	}
	onDisk = append(onDisk, asm...)
	sort.Strings(onDisk)
	var want []string
	for _, name := range onDisk {
		if !strings.HasSuffix(name, "_test.go") {
			want = append(want, filepath.Base(name))
		}
	}
	var got []string
	for _, f := range files {
		got = append(got, f.Name)
		data, err := os.ReadFile(filepath.Join("rt", f.Name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, f.Data) {
			t.Errorf("embedded %s differs from rt/%s", f.Name, f.Name)
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("embedded files %v, want %v", got, want)
	}
	if len(RuntimeHash()) != 64 {
		t.Errorf("RuntimeHash() = %q, want 64 hex digits", RuntimeHash())
	}
}

func TestWriteRuntime(t *testing.T) {
	dir := t.TempDir()
	if err := WriteRuntime(dir); err != nil {
		t.Fatal(err)
	}
	for _, f := range RuntimeFiles() {
		data, err := os.ReadFile(filepath.Join(dir, "rt", f.Name))
		if err != nil || !bytes.Equal(data, f.Data) {
			t.Errorf("rt/%s not written correctly (err %v)", f.Name, err)
		}
	}
}

func TestGoVersion(t *testing.T) {
	if v := GoVersion(); !strings.HasPrefix(v, "1.") {
		t.Errorf("GoVersion() = %q", v)
	}
}
