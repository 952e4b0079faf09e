import { view } from '@forge/bridge';
void view.theme.enable();
