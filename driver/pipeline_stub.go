//go:build !pipeline

package driver

import "errors"

// pipeline is replaced by the real grammar → check → codegen pipeline once
// those packages are in place.
func pipeline(filename string, src []byte, opts Options) ([]byte, error) {
	return nil, errors.New("pyasync2go: the translation pipeline is not available in this build")
}
