// Package safetensors reads and writes the safetensors tensor file format
// (https://github.com/huggingface/safetensors), strictly and without
// dependencies beyond the standard library.
//
// A file is an 8-byte little-endian header length N, N bytes of UTF-8 JSON,
// and a byte buffer:
//
//	{"NAME": {"dtype": "F32", "shape": [2,3], "data_offsets": [BEGIN, END]},
//	 ..., "__metadata__": {"key": "value"}}
//
// Offsets are relative to the start of the buffer. Parse checks everything a
// reader relies on (JSON syntax, duplicate keys, dtypes, shapes, offsets
// inside the buffer and matching the shape, no two tensors sharing bytes,
// string-valued metadata) and reports the first problem as a *FormatError
// naming the tensor concerned; it never panics. Unused bytes between tensors
// are tolerated. Write is deterministic: metadata first, then tensors sorted
// by name and packed without gaps, the header padded with spaces to a
// multiple of 8 bytes.
package safetensors

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxHeaderLen is the largest header this package accepts (100 MB), as the
// reference implementation does.
const MaxHeaderLen = 100_000_000

// metadataKey is the reserved header key holding the string→string metadata.
const metadataKey = "__metadata__"

// Tensor is one named entry: its element type, its shape and its data,
// little-endian and row-major. A tensor returned by Parse shares Data with
// the parsed bytes.
type Tensor struct {
	DType DType
	Shape []int
	Data  []byte
}

// File is the content of a safetensors file.
type File struct {
	Tensors  map[string]Tensor
	Metadata map[string]string // nil when the header has none
}

// FormatError reports a malformed file or an unencodable tensor.
type FormatError struct {
	Msg string
}

func (e *FormatError) Error() string { return e.Msg }

func errorf(format string, args ...any) error {
	return &FormatError{Msg: fmt.Sprintf(format, args...)}
}

// Names returns the tensor names in sorted order.
func (f *File) Names() []string {
	names := make([]string, 0, len(f.Tensors))
	for n := range f.Tensors {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// NumElements is the product of the shape (1 for a scalar), or -1 if it
// does not fit in an int or a dimension is negative.
func (t Tensor) NumElements() int {
	n, ok := numElements(t.Shape)
	if !ok {
		return -1
	}
	return n
}

// numElements multiplies dims without overflowing; ok is false for a
// negative dimension or a product above math.MaxInt.
func numElements(shape []int) (int, bool) {
	n := 1
	for _, d := range shape {
		if d < 0 {
			return 0, false
		}
		if d == 0 {
			n = 0
		}
	}
	if n == 0 {
		return 0, true
	}
	for _, d := range shape {
		if n > math.MaxInt/d {
			return 0, false
		}
		n *= d
	}
	return n, true
}

// byteSize is numElements times the element size, overflow-checked.
func byteSize(dt DType, shape []int) (int, bool) {
	n, ok := numElements(shape)
	if !ok || dt.Size() == 0 || n > math.MaxInt/dt.Size() {
		return 0, false
	}
	return n * dt.Size(), true
}

// ReadFile reads and parses a file. Format errors are prefixed by the path.
//
// The path must name a regular file (after symbolic links): a device such
// as /dev/zero, a named pipe or a directory is refused before anything is
// read, since reading it to its end might never finish. ReadFile reads no
// more bytes than the size the file had when opened; Parse then checks the
// header length the file declares.
func ReadFile(path string) (*File, error) {
	data, err := readRegular(path)
	if err != nil {
		return nil, err
	}
	f, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// readRegular reads the regular file at path, as ReadFile describes.
func readRegular(path string) ([]byte, error) {
	// Stat before opening: opening a named pipe blocks until a writer
	// opens it too.
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := checkRegular(path, st); err != nil {
		return nil, err
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	if st, err = fh.Stat(); err != nil { // what was opened, should path have changed
		return nil, err
	}
	if err := checkRegular(path, st); err != nil {
		return nil, err
	}
	data := make([]byte, st.Size())
	if k, err := io.ReadFull(fh, data); err != nil {
		if err == io.ErrUnexpectedEOF || err == io.EOF {
			return nil, fmt.Errorf("%s: file shrank while being read: it had %d bytes when opened, but ended after %d", path, st.Size(), k)
		}
		return nil, err
	}
	return data, nil
}

// checkRegular refuses anything but a regular file.
func checkRegular(path string, st os.FileInfo) error {
	m := st.Mode()
	if m.IsRegular() {
		return nil
	}
	kind := "a special file"
	switch {
	case m.IsDir():
		kind = "a directory"
	case m&os.ModeNamedPipe != 0:
		kind = "a named pipe"
	case m&os.ModeSocket != 0:
		kind = "a socket"
	case m&os.ModeCharDevice != 0:
		kind = "a character device"
	case m&os.ModeDevice != 0:
		kind = "a block device"
	}
	return fmt.Errorf("%s is not a regular file (it is %s)", path, kind)
}

// checkHeaderLen checks a declared header length n against MaxHeaderLen
// and the rest bytes that follow the length field.
func checkHeaderLen(n, rest uint64) error {
	if n > MaxHeaderLen {
		return errorf("header length %d is larger than the limit of %d bytes", n, MaxHeaderLen)
	}
	if n > rest {
		return errorf("header length %d exceeds the %d bytes that follow it (file truncated?)", n, rest)
	}
	return nil
}

// Parse reads a file held in memory. The tensors' Data slices alias data.
func Parse(data []byte) (*File, error) {
	if len(data) < 8 {
		return nil, errorf("file is %d bytes, shorter than the 8-byte header length", len(data))
	}
	n := binary.LittleEndian.Uint64(data)
	if err := checkHeaderLen(n, uint64(len(data)-8)); err != nil {
		return nil, err
	}
	header := data[8 : 8+n]
	buf := data[8+n:]
	if !utf8.Valid(header) {
		i := 0
		for i < len(header) {
			r, size := utf8.DecodeRune(header[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		return nil, errorf("header is not valid UTF-8 (byte %d of the header)", i)
	}
	members, err := decodeObject(header)
	if err != nil {
		return nil, errorf("header is not a valid JSON object: %v", err)
	}
	f := &File{Tensors: make(map[string]Tensor, len(members))}
	type span struct {
		name       string
		begin, end int
	}
	var spans []span
	for _, m := range members {
		if m.key == metadataKey {
			md, err := decodeMetadata(m.val)
			if err != nil {
				return nil, err
			}
			f.Metadata = md
			continue
		}
		t, begin, end, err := decodeTensor(m.key, m.val, buf)
		if err != nil {
			return nil, err
		}
		f.Tensors[m.key] = t
		if end > begin {
			spans = append(spans, span{m.key, begin, end})
		}
	}
	slices.SortFunc(spans, func(a, b span) int {
		if a.begin != b.begin {
			return a.begin - b.begin
		}
		return strings.Compare(a.name, b.name)
	})
	for i := 1; i < len(spans); i++ {
		a, b := spans[i-1], spans[i]
		if b.begin < a.end {
			return nil, errorf("tensors %q (data_offsets [%d,%d]) and %q (data_offsets [%d,%d]) overlap",
				a.name, a.begin, a.end, b.name, b.begin, b.end)
		}
	}
	return f, nil
}

type member struct {
	key string
	val json.RawMessage
}

// decodeObject splits a JSON object into its members in order, rejecting
// duplicate keys and anything but white space after the object.
func decodeObject(data []byte) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	wrap := func(err error) error {
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return fmt.Errorf("unexpected end of JSON (at byte %d)", dec.InputOffset())
		}
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return fmt.Errorf("%v (at byte %d)", se, se.Offset)
		}
		return err
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, wrap(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, fmt.Errorf("found %s, want an object", describeToken(tok))
	}
	var members []member
	seen := make(map[string]bool)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, wrap(err)
		}
		key, ok := tok.(string)
		if !ok {
			return nil, fmt.Errorf("found %s, want a key (at byte %d)", describeToken(tok), dec.InputOffset())
		}
		if seen[key] {
			return nil, fmt.Errorf("duplicate key %q", key)
		}
		seen[key] = true
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, wrap(err)
		}
		members = append(members, member{key, raw})
	}
	if _, err := dec.Token(); err != nil { // the closing '}'
		return nil, wrap(err)
	}
	if tok, err := dec.Token(); err != io.EOF {
		if err != nil {
			return nil, fmt.Errorf("unexpected data after the object: %v", wrap(err))
		}
		return nil, fmt.Errorf("unexpected %s after the object", describeToken(tok))
	}
	return members, nil
}

func describeToken(tok json.Token) string {
	switch v := tok.(type) {
	case json.Delim:
		return strconv.Quote(v.String())
	case string:
		return "string " + strconv.Quote(v)
	case nil:
		return "null"
	case bool:
		return "boolean"
	}
	return "a number"
}

// jsonKind names the kind of a JSON value for messages.
func jsonKind(raw json.RawMessage) string {
	raw = bytes.TrimLeft(raw, " \t\r\n")
	if len(raw) == 0 {
		return "empty"
	}
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

func decodeMetadata(raw json.RawMessage) (map[string]string, error) {
	if k := jsonKind(raw); k != "an object" {
		return nil, errorf("%s is %s, want an object of strings", metadataKey, k)
	}
	members, err := decodeObject(raw)
	if err != nil {
		return nil, errorf("%s: %v", metadataKey, err)
	}
	md := make(map[string]string, len(members))
	for _, m := range members {
		if k := jsonKind(m.val); k != "a string" {
			return nil, errorf("%s: value of %q is %s, want a string", metadataKey, m.key, k)
		}
		var s string
		if err := json.Unmarshal(m.val, &s); err != nil {
			return nil, errorf("%s: value of %q: %v", metadataKey, m.key, err)
		}
		md[m.key] = s
	}
	return md, nil
}

// decodeTensor checks one header entry against the data buffer.
func decodeTensor(name string, raw json.RawMessage, buf []byte) (t Tensor, begin, end int, err error) {
	fail := func(format string, args ...any) (Tensor, int, int, error) {
		return Tensor{}, 0, 0, errorf("tensor %q: %s", name, fmt.Sprintf(format, args...))
	}
	if name == "" {
		return Tensor{}, 0, 0, errorf("tensor name is empty")
	}
	if k := jsonKind(raw); k != "an object" {
		return fail("entry is %s, want an object with dtype, shape and data_offsets", k)
	}
	members, err := decodeObject(raw)
	if err != nil {
		return fail("%v", err)
	}
	var dtypeRaw, shapeRaw, offRaw json.RawMessage
	for _, m := range members {
		switch m.key {
		case "dtype":
			dtypeRaw = m.val
		case "shape":
			shapeRaw = m.val
		case "data_offsets":
			offRaw = m.val
		default:
			return fail("unknown field %q", m.key)
		}
	}
	for _, f := range []struct {
		name string
		raw  json.RawMessage
	}{{"dtype", dtypeRaw}, {"shape", shapeRaw}, {"data_offsets", offRaw}} {
		if f.raw == nil {
			return fail("missing %q", f.name)
		}
	}

	if k := jsonKind(dtypeRaw); k != "a string" {
		return fail("dtype is %s, want a string", k)
	}
	var dtName string
	if err := json.Unmarshal(dtypeRaw, &dtName); err != nil {
		return fail("dtype: %v", err)
	}
	dt, ok := ParseDType(dtName)
	if !ok {
		return fail("unknown dtype %q", dtName)
	}

	shape64, err := intArray(shapeRaw, "shape")
	if err != nil {
		return fail("%v", err)
	}
	shape := make([]int, len(shape64))
	for i, d := range shape64 {
		if d < 0 {
			return fail("shape %s has negative dimension %d", formatShape64(shape64), d)
		}
		if d > math.MaxInt {
			return fail("shape %s: dimension %d is too large", formatShape64(shape64), d)
		}
		shape[i] = int(d)
	}
	size, ok := byteSize(dt, shape)
	if !ok {
		return fail("shape %s of %s is too large", FormatShape(shape), dt)
	}

	offs, err := intArray(offRaw, "data_offsets")
	if err != nil {
		return fail("%v", err)
	}
	if len(offs) != 2 {
		return fail("data_offsets has %d elements, want 2 [begin, end]", len(offs))
	}
	b64, e64 := offs[0], offs[1]
	if b64 < 0 || e64 < 0 {
		return fail("data_offsets [%d,%d] are negative", b64, e64)
	}
	if e64 < b64 {
		return fail("data_offsets [%d,%d] end before they begin", b64, e64)
	}
	if e64-b64 != int64(size) {
		return fail("data_offsets [%d,%d] do not match shape %s of %s (%d bytes)", b64, e64, FormatShape(shape), dt, size)
	}
	if e64 > int64(len(buf)) {
		return fail("data_offsets [%d,%d] run past the end of the %d-byte data buffer (file truncated?)", b64, e64, len(buf))
	}
	begin, end = int(b64), int(e64)
	return Tensor{DType: dt, Shape: shape, Data: buf[begin:end:end]}, begin, end, nil
}

// intArray decodes a JSON array of integers. Values must be written as
// integers ("2", not "2.0" or "2e0") and fit in an int64.
func intArray(raw json.RawMessage, what string) ([]int64, error) {
	if k := jsonKind(raw); k != "an array" {
		return nil, fmt.Errorf("%s is %s, want an array of integers", what, k)
	}
	var elems []json.RawMessage
	if err := json.Unmarshal(raw, &elems); err != nil {
		return nil, fmt.Errorf("%s: %v", what, err)
	}
	out := make([]int64, len(elems))
	for i, e := range elems {
		if k := jsonKind(e); k != "a number" {
			return nil, fmt.Errorf("%s[%d] is %s, want an integer", what, i, k)
		}
		v, err := strconv.ParseInt(string(e), 10, 64)
		if err != nil {
			if errors.Is(err, strconv.ErrRange) {
				return nil, fmt.Errorf("%s[%d] = %s is out of range", what, i, e)
			}
			return nil, fmt.Errorf("%s[%d] = %s is not an integer", what, i, e)
		}
		out[i] = v
	}
	return out, nil
}

// FormatShape prints a shape as "[2,3]".
func FormatShape(shape []int) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, d := range shape {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(d))
	}
	b.WriteByte(']')
	return b.String()
}

func formatShape64(shape []int64) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, d := range shape {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatInt(d, 10))
	}
	b.WriteByte(']')
	return b.String()
}

// Check reports whether t is well formed: a valid dtype, no negative
// dimension, and exactly as many data bytes as the shape needs.
func (t Tensor) Check() error {
	if !t.DType.Valid() {
		return errorf("invalid dtype %s", t.DType)
	}
	size, ok := byteSize(t.DType, t.Shape)
	if !ok {
		return errorf("shape %s of %s is invalid or too large", FormatShape(t.Shape), t.DType)
	}
	if size != len(t.Data) {
		return errorf("%d data bytes do not match shape %s of %s (%d bytes)", len(t.Data), FormatShape(t.Shape), t.DType, size)
	}
	return nil
}

// header builds the padded JSON header and checks every tensor.
func (f *File) header() ([]byte, []string, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	first := true
	comma := func() {
		if !first {
			b.WriteByte(',')
		}
		first = false
	}
	if len(f.Metadata) > 0 {
		keys := make([]string, 0, len(f.Metadata))
		for k := range f.Metadata {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		comma()
		b.WriteString(`"` + metadataKey + `":{`)
		for i, k := range keys {
			v := f.Metadata[k]
			if !utf8.ValidString(k) || !utf8.ValidString(v) {
				return nil, nil, errorf("metadata %q: not valid UTF-8", k)
			}
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSONString(&b, k)
			b.WriteByte(':')
			writeJSONString(&b, v)
		}
		b.WriteByte('}')
	}
	names := f.Names()
	offset := 0
	for _, name := range names {
		t := f.Tensors[name]
		switch {
		case name == "":
			return nil, nil, errorf("tensor name is empty")
		case name == metadataKey:
			return nil, nil, errorf("tensor name %q is reserved", name)
		case !utf8.ValidString(name):
			return nil, nil, errorf("tensor name %q is not valid UTF-8", name)
		}
		if err := t.Check(); err != nil {
			return nil, nil, errorf("tensor %q: %v", name, err)
		}
		comma()
		writeJSONString(&b, name)
		fmt.Fprintf(&b, `:{"dtype":"%s","shape":[`, t.DType)
		for i, d := range t.Shape {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Itoa(d))
		}
		fmt.Fprintf(&b, `],"data_offsets":[%d,%d]}`, offset, offset+len(t.Data))
		offset += len(t.Data)
	}
	b.WriteByte('}')
	for b.Len()%8 != 0 {
		b.WriteByte(' ')
	}
	if b.Len() > MaxHeaderLen {
		return nil, nil, errorf("header of %d bytes is larger than the limit of %d bytes", b.Len(), MaxHeaderLen)
	}
	return b.Bytes(), names, nil
}

func writeJSONString(b *bytes.Buffer, s string) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)       // cannot fail for a string
	b.Truncate(b.Len() - 1) // Encode appends a newline
}

// Write writes f to w: metadata, then the tensors sorted by name and packed
// without gaps. It checks every tensor before writing anything.
func Write(w io.Writer, f *File) error {
	header, names, err := f.header()
	if err != nil {
		return err
	}
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(header)))
	if _, err := w.Write(n[:]); err != nil {
		return err
	}
	if _, err := w.Write(header); err != nil {
		return err
	}
	for _, name := range names {
		if _, err := w.Write(f.Tensors[name].Data); err != nil {
			return err
		}
	}
	return nil
}

// Marshal returns the bytes Write would write.
func Marshal(f *File) ([]byte, error) {
	var b bytes.Buffer
	if err := Write(&b, f); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// WriteFile writes f to path atomically: to a temporary file in the same
// directory, renamed over path once complete.
func WriteFile(path string, f *File) (err error) {
	if _, _, err := f.header(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 1<<20)
	if err := Write(bw, f); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
