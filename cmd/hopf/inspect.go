package main

import "errors"

// inspectCmd is filled in by the inspection work (issue: inspect what
// attention learns).
type inspectCmd struct {
	File string `arg:"" name:"FILE" help:"Model file (.hopf)."`
}

func (c *inspectCmd) Run(e *env) error { return errors.New("hopf inspect is not implemented yet") }
