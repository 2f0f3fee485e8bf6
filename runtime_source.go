package pyasync2go

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// ModulePath is the import path of this module; generated programs import
// ModulePath + "/rt".
const ModulePath = "github.com/pyasync2go/pyasync2go"

//go:embed rt/*.go rt/*.s
var runtimeFS embed.FS

//go:embed go.mod
var goMod string

// GoVersion is the language version of this module's go.mod ("1.26.0"):
// the module that builds a generated program declares the same.
func GoVersion() string {
	for _, line := range strings.Split(goMod, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "go "); ok {
			return strings.TrimSpace(v)
		}
	}
	return "1.26"
}

// RuntimeFile is one source file of package rt (Go or assembly).
type RuntimeFile struct {
	Name string // base name, such as "loop.go"
	Data []byte
}

var runtimeOnce struct {
	sync.Once
	files []RuntimeFile
	hash  string
}

func loadRuntime() {
	entries, err := fs.Glob(runtimeFS, "rt/*.go")
	if err != nil {
		panic(err) // the pattern is constant
	}
	asm, err := fs.Glob(runtimeFS, "rt/*.s")
	if err != nil {
		panic(err) // the pattern is constant
	}
	entries = append(entries, asm...)
	sort.Strings(entries)
	h := sha256.New()
	for _, name := range entries {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		data, err := runtimeFS.ReadFile(name)
		if err != nil {
			panic(err) // embedded files are always readable
		}
		base := path.Base(name)
		runtimeOnce.files = append(runtimeOnce.files, RuntimeFile{Name: base, Data: data})
		h.Write([]byte(base))
		h.Write([]byte{0})
		h.Write(data)
		h.Write([]byte{0})
	}
	runtimeOnce.hash = hex.EncodeToString(h.Sum(nil))
}

// RuntimeFiles returns the source files of package rt, without tests,
// sorted by name. The caller must not modify them.
func RuntimeFiles() []RuntimeFile {
	runtimeOnce.Do(loadRuntime)
	return runtimeOnce.files
}

// RuntimeHash is a hex SHA-256 of the names and contents of RuntimeFiles:
// two builds of pyasync2go with the same runtime agree on it.
func RuntimeHash() string {
	runtimeOnce.Do(loadRuntime)
	return runtimeOnce.hash
}

// WriteRuntime writes RuntimeFiles into dir/rt, creating directories as
// needed.
func WriteRuntime(dir string) error {
	rtDir := filepath.Join(dir, "rt")
	if err := os.MkdirAll(rtDir, 0o755); err != nil {
		return err
	}
	for _, f := range RuntimeFiles() {
		if err := os.WriteFile(filepath.Join(rtDir, f.Name), f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
