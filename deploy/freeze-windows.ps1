# The one-folder Elshi for Windows workstations that have no Python: dist\frozen\elshi\ holds
# elshi.exe (the window) and elshi-cli.exe (the command-line subcommands, with a console).
#
#   powershell -ExecutionPolicy Bypass -File deploy\freeze-windows.ps1
#
# Run on a Windows 10/11 x64 machine with Python 3.11 from python.org and access to the package
# index, from the repository root. The runtime wheels come from deploy\lock\cp311-win-amd64.txt,
# hash-checked; PyInstaller from the index. The result is zipped beside it with its SHA-256.
# The project cannot run Windows: this recipe is written to match the Linux build that the tests
# make and start (tests/core/test_bundle_frozen.py), but it has not been run.
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent (Split-Path -Parent $MyInvocation.MyCommand.Path)
Set-Location $root
$venv = Join-Path $root '.venv-freeze'
if (-not (Test-Path (Join-Path $venv 'Scripts\python.exe'))) {
    py -3.11 -m venv $venv
    if ($LASTEXITCODE -ne 0) { Write-Error 'Python 3.11 is needed: install it from python.org (py launcher included).' }
}
$python = Join-Path $venv 'Scripts\python.exe'
& $python -m pip install --disable-pip-version-check -q --require-hashes -r deploy\lock\cp311-win-amd64.txt
if ($LASTEXITCODE -ne 0) { Write-Error 'pip could not install the locked wheels (message above).' }
& $python -m pip install --disable-pip-version-check -q 'pyinstaller>=6.10,<7'
if ($LASTEXITCODE -ne 0) { Write-Error 'pip could not install PyInstaller (message above).' }
& $python -m PyInstaller --noconfirm --log-level WARN --distpath dist\frozen --workpath build\pyinstaller deploy\elshi.spec
if ($LASTEXITCODE -ne 0) { Write-Error 'PyInstaller failed (message above).' }
& 'dist\frozen\elshi\elshi-cli.exe' --archive "$env:TEMP\elshi-frozen-check.sqlite" --create sample
& 'dist\frozen\elshi\elshi-cli.exe' --archive "$env:TEMP\elshi-frozen-check.sqlite" check
if ($LASTEXITCODE -ne 0) { Write-Error 'the built elshi-cli.exe did not pass its check.' }
$zip = 'dist\frozen\elshi-windows-x64.zip'
if (Test-Path $zip) { Remove-Item $zip }
Compress-Archive -Path 'dist\frozen\elshi' -DestinationPath $zip
$hash = (Get-FileHash -Algorithm SHA256 $zip).Hash.ToLower()
"$hash  elshi-windows-x64.zip" | Set-Content -Encoding ascii "$zip.sha256"
Write-Output "dist\frozen\elshi\elshi.exe is built; $zip SHA-256 $hash"
