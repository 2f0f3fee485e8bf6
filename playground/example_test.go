package playground_test

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"strings"
	"time"

	"github.com/pyasync2go/pyasync2go/driver"
	"github.com/pyasync2go/pyasync2go/playground"
)

// This is what "pyasync2go serve" does: translate with the driver, build
// in the driver's cache and run the binary, on a loopback address only.
func Example_serve() {
	cache, err := driver.NewCache("")
	if err != nil {
		log.Fatal(err)
	}
	h := playground.New(playground.Options{
		Translate: func(filename string, src []byte, lineDirectives bool) ([]byte, error) {
			return driver.Translate(nil, filename, src, driver.Options{NoLine: !lineDirectives})
		},
		Run: func(ctx context.Context, filename string, src []byte) (string, string, int, error) {
			bin, err := cache.BuildSource(ctx, nil, filename, src, driver.Options{})
			if err != nil {
				return "", "", 0, err // diagnostics or a build failure
			}
			stdout, stderr := playground.OutputBuffer(ctx), playground.OutputBuffer(ctx)
			code, err := driver.Run(ctx, bin, filename, nil, strings.NewReader(""), stdout, stderr)
			return stdout.String(), stderr.String(), code, err
		},
	})
	l, err := playground.Listen("127.0.0.1:8080")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("pyasync2go playground on http://%s/\n", l.Addr())
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	log.Fatal(srv.Serve(l))
}
