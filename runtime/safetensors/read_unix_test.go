//go:build unix

package safetensors

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestReadFileFIFO: a named pipe is refused without opening it (opening
// one blocks until a writer comes).
func TestReadFileFIFO(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pipe.safetensors")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	done := make(chan error, 1)
	go func() { _, err := ReadFile(path); done <- err }()
	select {
	case err := <-done:
		if err == nil || err.Error() != path+" is not a regular file (it is a named pipe)" {
			t.Errorf("error %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("ReadFile of a named pipe did not return")
	}
}
